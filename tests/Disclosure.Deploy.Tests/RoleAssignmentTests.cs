using System.Text.RegularExpressions;

namespace Disclosure.Deploy.Tests;

/// <summary>Only the roles the code needs, on the resources it uses them on, each explained in infra/app/rbac.bicep.</summary>
public sealed partial class RoleAssignmentTests
{
    // Built-in role definition ids, the same in every tenant.
    private static readonly Dictionary<string, string> Roles = new(StringComparer.OrdinalIgnoreCase)
    {
        ["b7e6dc6d-f1e8-4753-8033-0f276bb0955b"] = "Storage Blob Data Owner",
        ["ba92f5b4-2d11-453d-a403-e96b0029c9fe"] = "Storage Blob Data Contributor",
        ["974c5e8b-45b9-4653-ba55-5f855dd0fb88"] = "Storage Queue Data Contributor",
        ["0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3"] = "Storage Table Data Contributor",
        ["3913510d-42f4-4e42-8a64-420c390055eb"] = "Monitoring Metrics Publisher",
    };

    [Fact]
    public void The_app_identity_gets_blob_owner_queue_and_table_contributor_and_telemetry_publisher_and_nothing_else()
    {
        var assignments = Assignments();

        var app = assignments.Where(a => !a.Conditional).ToList();
        Assert.All(app, a => Assert.Equal("ServicePrincipal", a.PrincipalType));
        Assert.All(app, a => Assert.Contains("userAssignedIdentities", a.PrincipalId, StringComparison.Ordinal));
        Assert.Equal(
            ["Monitoring Metrics Publisher", "Storage Blob Data Owner", "Storage Queue Data Contributor", "Storage Table Data Contributor"],
            app.Select(a => a.Role).Order(StringComparer.Ordinal));
        Assert.Equal("Microsoft.Insights/components", Assert.Single(app, a => a.Role == "Monitoring Metrics Publisher").Scope);
        Assert.All(app.Where(a => a.Role.StartsWith("Storage", StringComparison.Ordinal)), a => Assert.Equal("Microsoft.Storage/storageAccounts", a.Scope));
    }

    [Fact]
    public void The_deploying_person_optionally_gets_the_data_roles_the_CLI_uses()
    {
        var deployer = Assignments().Where(a => a.Conditional).ToList();

        Assert.Equal(["Storage Blob Data Contributor", "Storage Table Data Contributor"], deployer.Select(a => a.Role).Order(StringComparer.Ordinal));
        Assert.All(deployer, a => Assert.Equal("[parameters('deployerPrincipalId')]", a.PrincipalId));
        // main.bicep passes the principal only when deployerDataAccess is on.
        var passed = CompiledTemplate.Main.Module("rbac").GetProperty("properties").GetProperty("parameters").GetProperty("deployerPrincipalId").GetRawText();
        Assert.Contains("if(parameters('deployerDataAccess')", passed, StringComparison.Ordinal);
        Assert.Contains("parameters('principalId')", passed, StringComparison.Ordinal);
    }

    [Fact]
    public void No_role_assignment_outside_the_rbac_module_and_each_is_commented()
    {
        Assert.Equal(Assignments().Count, CompiledTemplate.Main.AllResources("Microsoft.Authorization/roleAssignments").Count());

        foreach (var file in Directory.GetFiles(Repository.Infra, "*.bicep", SearchOption.AllDirectories))
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                if (RoleAssignment().IsMatch(lines[i]))
                {
                    Assert.True(i > 0 && lines[i - 1].TrimStart().StartsWith("//", StringComparison.Ordinal),
                        $"{Path.GetRelativePath(Repository.Root, file)}:{i + 1}: say in a comment above it why this role is needed.");
                    Assert.EndsWith(Path.Combine("app", "rbac.bicep"), file, StringComparison.Ordinal);
                }
            }
        }
    }

    private static List<Assignment> Assignments()
    {
        var rbac = CompiledTemplate.Main.ModuleTemplate("rbac");
        return CompiledTemplate.Resources(rbac, "Microsoft.Authorization/roleAssignments").Select(r =>
        {
            var properties = r.GetProperty("properties");
            // subscriptionResourceId('…/roleDefinitions', variables('roles').name): the id is in the module's `roles`.
            var definition = properties.GetProperty("roleDefinitionId").GetString()!;
            var id = RoleVariable().Match(definition) is { Success: true } variable
                ? rbac.GetProperty("variables").GetProperty("roles").GetProperty(variable.Groups["name"].Value).GetString()!
                : definition;
            var role = Roles.Single(p => id.Contains(p.Key, StringComparison.OrdinalIgnoreCase)).Value;
            var scope = r.GetProperty("scope").GetString()!;
            var scopeType = ScopeType().Match(scope).Groups["type"].Value;
            return new Assignment(role, scopeType, properties.GetProperty("principalId").GetString()!, properties.GetProperty("principalType").GetString()!,
                r.TryGetProperty("condition", out _));
        }).ToList();
    }

    private sealed record Assignment(string Role, string Scope, string PrincipalId, string PrincipalType, bool Conditional);

    [GeneratedRegex(@"^\s*resource \w+ 'Microsoft\.Authorization/roleAssignments@")]
    private static partial Regex RoleAssignment();

    [GeneratedRegex(@"variables\('roles'\)\.(?<name>\w+)")]
    private static partial Regex RoleVariable();

    [GeneratedRegex(@"'(?<type>Microsoft\.[A-Za-z]+/[A-Za-z]+)'")]
    private static partial Regex ScopeType();
}
