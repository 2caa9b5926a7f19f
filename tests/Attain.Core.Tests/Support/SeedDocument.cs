using System.Globalization;
using System.Text.RegularExpressions;

namespace Attain.Core.Tests.Support;

/// <summary>
/// The figures of the published source page (source/cloud-crm-competency.md), read from the markdown itself,
/// so the shipped catalog can be checked against what Microsoft published rather than against a copy of it.
/// </summary>
public static partial class SeedDocument
{
    public static string Path => System.IO.Path.Combine(AppContext.BaseDirectory, "source", "cloud-crm-competency.md");

    public static SeedLevel Silver => Read("silver");

    public static SeedLevel Gold => Read("gold");

    /// <summary>Reads the section under <c>###&lt;a name="silver"&gt;</c> (or gold) of the page.</summary>
    public static SeedLevel Read(string level)
    {
        var lines = File.ReadAllLines(Path);
        var start = Array.FindIndex(lines, line => line.StartsWith("###", StringComparison.Ordinal) && line.Contains($"name=\"{level}\"", StringComparison.Ordinal));
        if (start < 0)
        {
            throw new InvalidOperationException($"The seed has no section for {level}.");
        }

        var end = Array.FindIndex(lines, start + 1, line => line.StartsWith('#'));
        var section = lines[(start + 1)..(end < 0 ? lines.Length : end)];
        return Parse(level, section);
    }

    private static SeedLevel Parse(string level, IReadOnlyList<string> section)
    {
        decimal? developed = null;
        decimal? developing = null;
        string? market = null;
        int? individuals = null;
        var slots = new Dictionary<string, int>();
        var groups = new Dictionary<string, List<SeedExam>>();
        string? role = null;

        foreach (var line in section)
        {
            if (line.Contains("**Developed Markets**", StringComparison.Ordinal))
            {
                market = "developed";
            }
            else if (line.Contains("**発展途上市場**", StringComparison.Ordinal))
            {
                // "Developing markets", as the Japanese half of the page writes it.
                market = "developing";
            }
            else if (Money().Match(line) is { Success: true } money && market is not null)
            {
                var amount = decimal.Parse(money.Groups["amount"].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
                if (market == "developed")
                {
                    developed ??= amount;
                }
                else
                {
                    developing ??= amount;
                }

                market = null;
            }
            else if (IndividualsTotal().Match(line) is { Success: true } total)
            {
                individuals = int.Parse(total.Groups["count"].Value, CultureInfo.InvariantCulture);
            }
            else if (line.Contains("following exams", StringComparison.Ordinal))
            {
                // Three bullets: "N individual(s) must pass" (app), "The same ... also must pass" (deployment),
                // "The other (N) individual(s) must pass" (customization). "The other individual" means one.
                var count = BoldCount().Match(line) is { Success: true } bold ? int.Parse(bold.Groups["count"].Value, CultureInfo.InvariantCulture) : 1;
                role = line.Contains("The same", StringComparison.Ordinal) ? "deployment"
                    : line.Contains("The other", StringComparison.Ordinal) ? "customization"
                    : "app";
                slots[role] = count;
                groups[role] = [];
            }
            else if (ExamLine().Match(line) is { Success: true } exam && role is not null)
            {
                groups[role].Add(new SeedExam(exam.Groups["code"].Value, exam.Groups["title"].Value.Trim()));
            }
        }

        return new SeedLevel(
            level,
            developed ?? throw Missing(level, "the developed-market threshold"),
            developing ?? throw Missing(level, "the developing-market threshold"),
            individuals ?? throw Missing(level, "the number of individuals"),
            slots.GetValueOrDefault("app"),
            slots.GetValueOrDefault("deployment"),
            slots.GetValueOrDefault("customization"),
            groups.GetValueOrDefault("app") ?? [],
            groups.GetValueOrDefault("deployment") ?? [],
            groups.GetValueOrDefault("customization") ?? []);
    }

    private static InvalidOperationException Missing(string level, string what) => new($"The seed's {level} section does not state {what}.");

    // "US$100,000" in the English half, "50,000 ドル" (dollars) in the Japanese half.
    [GeneratedRegex(@"US\$(?<amount>\d{1,3}(,\d{3})+)|(?<amount>\d{1,3}(,\d{3})+)\s*ドル")]
    private static partial Regex Money();

    [GeneratedRegex(@"must have \*\*(?<count>\d+)\*\* individuals")]
    private static partial Regex IndividualsTotal();

    [GeneratedRegex(@"\*\*(?<count>\d+)\*\*")]
    private static partial Regex BoldCount();

    [GeneratedRegex(@"\[(Exam )?(?<code>MB2-\d{3})\]\([^)]*\):(?<title>.*)$")]
    private static partial Regex ExamLine();
}
