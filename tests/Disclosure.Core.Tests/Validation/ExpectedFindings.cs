namespace Disclosure.Tests.Validation;

/// <summary>
/// An oracle written from FORM.md's table of rules, independent of the form model's rule data: which
/// (rule, cell) findings must follow when one figure of a consistent form is changed.
/// </summary>
public static class ExpectedFindings
{
    private static readonly HashSet<string> Outcomes =
    [
        "disclosed", "partly_disclosed",
        "withheld.state_secret", "withheld.prohibited_by_law", "withheld.security_stability", "withheld.third_party",
        "withheld.internal_affairs", "withheld.process_info", "withheld.enforcement_file", "withheld.administrative_query",
        "unavailable.not_held", "unavailable.needs_creation", "unavailable.still_unclear",
        "not_processed.petition", "not_processed.duplicate", "not_processed.publication", "not_processed.excessive", "not_processed.confirmation",
        "other.no_correction", "other.fee_unpaid", "other.other",
    ];

    public static HashSet<(string Rule, string Cell)> AfterChanging(string key, IReadOnlyDictionary<string, decimal> changed)
    {
        var expected = new HashSet<(string, string)>();
        var parts = key.Split('.');
        switch (parts[0])
        {
            case "requests":
            {
                var column = parts[^1];
                var row = string.Join('.', parts[1..^1]);
                expected.Add(("requests.column_sum", $"requests.{row}.total"));
                if (Outcomes.Contains(row))
                {
                    expected.Add(("requests.handled_sum", $"requests.handled_total.{column}"));
                }
                else if (row is "received" or "carried_over" or "carried_forward")
                {
                    expected.Add(("requests.balance", $"requests.carried_forward.{column}"));
                }
                else if (row == "handled_total")
                {
                    expected.Add(("requests.handled_sum", $"requests.handled_total.{column}"));
                    expected.Add(("requests.balance", $"requests.carried_forward.{column}"));
                }

                break;
            }

            case "appeals":
                expected.Add(("appeals.group_sum", $"appeals.{parts[1]}.total"));
                break;
            case "proactive" when parts[1] == "art20_1":
                var inForce = $"proactive.art20_1.{parts[2]}.in_force";
                if (changed[inForce] < changed[$"proactive.art20_1.{parts[2]}.issued"])
                {
                    expected.Add(("proactive.in_force", inForce));
                }

                break;
        }

        return expected;
    }
}
