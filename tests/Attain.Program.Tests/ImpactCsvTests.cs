using Attain.Core.Evaluation;
using Attain.Core.Model;
using Attain.Program.Impact;

namespace Attain.Program.Tests;

/// <summary>The impact's CSV (CLI and page download alike): names from data are neutralised against formulas (issue #9), and the header stands alone when nobody changes.</summary>
public sealed class ImpactCsvTests
{
    [Fact]
    public void A_name_that_starts_like_a_formula_is_written_as_text()
    {
        var partner = new ImpactedPartner(new PartnerId("P-1"), "=HYPERLINK(\"http://x\")", Market.Developed, new LevelId("gold"), null, [new RequirementFlip(new LevelId("gold"), "revenue", true, false)]);
        using var output = new StringWriter();

        ImpactCsv.Write([partner], output);

        var lines = output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["partner_id,name,market,from_level,to_level,reasons", "P-1,\"'=HYPERLINK(\"\"http://x\"\")\",developed,gold,none,gold/revenue: met->not met"], lines);
    }

    [Fact]
    public void Transitions_are_counted_largest_first()
    {
        ImpactedPartner Moved(string id, string? from, string? to) =>
            new(new PartnerId(id), id, Market.Developing, from is null ? null : new LevelId(from), to is null ? null : new LevelId(to), []);
        var result = new ImpactResult(new DateOnly(2026, 11, 25), new DateOnly(2017, 12, 15), new DateOnly(2027, 1, 1), 10, [Moved("A", "gold", "silver"), Moved("B", "silver", null), Moved("C", "silver", null)]);

        Assert.Equal([("silver", "none", 2), ("gold", "silver", 1)], result.Transitions().Select(count => (count.Transition.FromKey, count.Transition.ToKey, count.Partners)));
        Assert.Equal(["B", "C"], result.Where(new ImpactFilter(From: "silver")).Select(partner => partner.Name));
    }
}
