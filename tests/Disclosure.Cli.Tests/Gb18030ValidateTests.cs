using System.Text;
using System.Text.Json;
using Disclosure.Testing;

namespace Disclosure.Cli.Tests;

/// <summary>
/// The real <c>disclosure validate</c> (its own process: nothing this test process registers reaches it) on a CSV in
/// GB18030 whose office name has characters outside GBK, encoded here by hand from the GB18030 tables, so neither a
/// missing code-page registration nor a GBK decoder can pass.
/// </summary>
public sealed class Gb18030ValidateTests
{
    // GB18030-2005: U+20000 and U+3400 are four-byte sequences (not in GBK); 区 and 办 are two-byte (GBK).
    private static readonly Dictionary<string, byte[]> Gb18030 = new(StringComparer.Ordinal)
    {
        ["\U00020000"] = [0x95, 0x32, 0x82, 0x36],
        ["\u3400"] = [0x81, 0x39, 0xEE, 0x39],
        ["区"] = [0xC7, 0xF8],
        ["办"] = [0xB0, 0xEC],
    };

    private const string OfficeName = "\U00020000\u3400区办";

    [Fact]
    public void A_gb18030_csv_with_characters_outside_gbk_is_read_and_its_office_name_kept()
    {
        var csv = SubmissionCsv.Text("220105001", 2023, SubmissionCsv.ConsistentFigures(3), officeName: OfficeName);
        var bytes = EncodeByHand(csv);
        Assert.Throws<DecoderFallbackException>(() => new UTF8Encoding(false, true).GetString(bytes)); // really not UTF-8

        var path = Path.Combine(Path.GetTempPath(), $"gb18030-{Guid.NewGuid():N}.csv");
        File.WriteAllBytes(path, bytes);
        try
        {
            var result = DisclosureProcess.Run("validate", path, "--json");

            Assert.True(result.ExitCode == 0, $"exit {result.ExitCode}: {result.Output}{result.Error}");
            using var json = JsonDocument.Parse(result.Output);
            Assert.Equal("accepted", json.RootElement.GetProperty("status").GetString());
            var meta = json.RootElement.GetProperty("meta");
            Assert.Equal(OfficeName, meta.EnumerateObject().Single(p => p.Value.ValueKind == JsonValueKind.String && p.Value.GetString()!.Contains('区', StringComparison.Ordinal)).Value.GetString());
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static byte[] EncodeByHand(string text)
    {
        var bytes = new List<byte>();
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.IsAscii)
            {
                bytes.Add((byte)rune.Value);
            }
            else
            {
                bytes.AddRange(Gb18030.TryGetValue(rune.ToString(), out var encoded)
                    ? encoded
                    : throw new ArgumentException($"U+{rune.Value:X} is not in this test's GB18030 table"));
            }
        }

        return [.. bytes];
    }
}
