using Attain.Core.Evaluation;
using Attain.Core.Model;
using Attain.Program.Evaluation;
using Attain.Program.Partners;

namespace Attain.Program.Tests;

/// <summary>The partner list reads the stored standings: search taken literally and without case, any sort, pages that neither overlap nor skip.</summary>
public sealed class PartnerListTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 25);

    // Names an attacker or an unlucky company could carry: LIKE wildcards, the escape character, a quote.
    private const string Odd = "P-1990,100% Cloud_Partners,US\nP-1991,Back\\slash & O'Brien,US\nP-1992,100X CloudXPartners,US\n";

    [Theory]
    [InlineData("100%", new[] { "P-1990" })]
    [InlineData("cloud_", new[] { "P-1990" })]
    [InlineData("%", new[] { "P-1990" })]
    [InlineData("_", new[] { "P-1990" })]
    [InlineData("\\", new[] { "P-1991" })]
    [InlineData("o'brien", new[] { "P-1991" })]
    [InlineData("' OR 1=1 --", new string[0])]
    [InlineData("NORTHWIND", new[] { "P-1001" })]
    [InlineData("p-199", new[] { "P-1990", "P-1991", "P-1992" })]
    [InlineData("traders\np-", new string[0])]
    public async Task A_search_matches_its_text_literally_in_id_or_name_whatever_the_case(string search, string[] expected)
    {
        await using var store = await ProgramStore.CreateAsync(Odd);
        await using var open = await store.OpenAsync();
        await ProgramEvaluation.RunAsync(open.Program, AsOf);

        var page = await PartnerList.PageAsync(open.Db, (await StoredEvaluation.LatestAsync(open.Db))!, new PartnerQuery(Search: search, PageSize: 500));

        Assert.Equal(expected, page.Items.Select(item => item.PartnerId.Value).ToArray());
        Assert.Equal(expected.Length, page.Total);
    }

    [Theory]
    [InlineData(11, 11, true)]
    [InlineData(12, 11, false)]
    [InlineData(30, 11, false)]
    public async Task A_search_counts_its_matches_up_to_the_limit_and_says_when_there_are_more(int matching, int total, bool exact)
    {
        // Partners P-1900 … named "Zephyr n": the samples have no "zephyr", so exactly these match.
        var zephyrs = string.Concat(Enumerable.Range(0, matching).Select(index => $"P-19{index:00},Zephyr {index},US\n"));
        await using var store = await ProgramStore.CreateAsync(zephyrs);
        await using var open = await store.OpenAsync();
        await ProgramEvaluation.RunAsync(open.Program, AsOf);
        var stored = (await StoredEvaluation.LatestAsync(open.Db))!;

        var page = await PartnerList.PageAsync(open.Db, stored, new PartnerQuery(Search: "zephyr", PageSize: 5), searchCountLimit: 11);

        Assert.Equal((total, exact), (page.Total, page.TotalExact));
        Assert.Equal(["P-1900", "P-1901", "P-1902", "P-1903", "P-1904"], page.Items.Select(item => item.PartnerId.Value));
        var unsearched = await PartnerList.PageAsync(open.Db, stored, new PartnerQuery(PageSize: 5), searchCountLimit: 11);
        Assert.True(unsearched.TotalExact);
        Assert.Equal(16 + matching, unsearched.Total); // the 16 sample partners and these
    }

    [Theory]
    [InlineData(PartnerSort.TtmRevenueUsd, false)]
    [InlineData(PartnerSort.TtmRevenueUsd, true)]
    [InlineData(PartnerSort.Level, true)]
    [InlineData(PartnerSort.RevenueShortfallUsd, false)]
    [InlineData(PartnerSort.LapseOn, false)]
    [InlineData(PartnerSort.Name, true)]
    public async Task Pages_in_any_sort_are_the_evaluations_in_that_order_with_the_id_breaking_ties(PartnerSort sort, bool descending)
    {
        await using var store = await ProgramStore.CreateAsync();
        await using var open = await store.OpenAsync();
        var evaluations = new List<PartnerEvaluation>();
        var evaluation = await ProgramEvaluation.StartAsync(open.Program, AsOf);
        await foreach (var batch in evaluation.EvaluateAsync())
        {
            await evaluation.RecordAsync(batch);
            evaluations.AddRange(batch.Evaluations);
        }

        await evaluation.CompleteAsync();
        var stored = (await StoredEvaluation.LatestAsync(open.Db))!;

        var paged = new List<PartnerStanding>();
        for (var number = 1; number <= 4; number++)
        {
            paged.AddRange((await PartnerList.PageAsync(open.Db, stored, new PartnerQuery(Sort: sort, Descending: descending, Page: number, PageSize: 4))).Items);
        }

        var standings = evaluations.Select(PartnerStanding.Of).ToList();
        var expected = (descending ? standings.OrderByDescending(Key(sort), Ordinal) : standings.OrderBy(Key(sort), Ordinal))
            .ThenBy(standing => standing.PartnerId.Value, StringComparer.Ordinal);
        Assert.Equal(expected.Select(standing => standing.PartnerId), paged.Select(standing => standing.PartnerId));
        // What was stored reads back as the engine made it.
        Assert.Equal(standings.OrderBy(standing => standing.PartnerId.Value, StringComparer.Ordinal), paged.OrderBy(standing => standing.PartnerId.Value, StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_search_scans_the_narrow_search_index_not_the_rows()
    {
        await using var store = await ProgramStore.CreateAsync();
        await using var open = await store.OpenAsync();
        await ProgramEvaluation.RunAsync(open.Program, AsOf);
        var stored = (await StoredEvaluation.LatestAsync(open.Db))!;
        var matching = PartnerList.Filter(open.Db.PartnerStandings.Where(row => row.RunId == stored.RunId), new PartnerQuery(Search: "conto"));

        var plan = await SqlitePlan.OfAsync(open.Db, matching.Select(row => 1));

        Assert.Contains("COVERING INDEX IX_partner_standings_run_id_search_key", plan, StringComparison.Ordinal);
    }

    // The databases compare text by code point, as ordinal comparison does; the culture's order would differ.
    private static readonly Comparer<object?> Ordinal = Comparer<object?>.Create((left, right) =>
        left is string a && right is string b ? string.CompareOrdinal(a, b) : Comparer<object?>.Default.Compare(left, right));

    private static Func<PartnerStanding, object?> Key(PartnerSort sort) => sort switch
    {
        PartnerSort.TtmRevenueUsd => standing => standing.TtmRevenueUsd.Amount,
        // Nulls first, as SQLite sorts them ascending.
        PartnerSort.RevenueShortfallUsd => standing => standing.RevenueShortfallUsd?.Amount,
        PartnerSort.LapseOn => standing => standing.LapseOn,
        PartnerSort.Level => standing => standing.Level is null ? 0 : standing.Level.Value.Value == "silver" ? 1 : 2,
        PartnerSort.Name => standing => standing.Name,
        _ => standing => standing.PartnerId.Value,
    };
}
