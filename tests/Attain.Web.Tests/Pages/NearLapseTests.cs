using Attain.Web.Tests.Support;

namespace Attain.Web.Tests.Pages;

/// <summary>
/// Issue 11, item 2: P-1015 Gold six days before Gold lapses. The page says so plainly, puts keeping Gold before "nothing
/// more to reach", and gives the revenue needed each month to hold it.
/// </summary>
public sealed class NearLapseTests(NearLapseApplication app) : IClassFixture<NearLapseApplication>
{
    [Fact]
    public async Task A_lapse_within_days_is_said_plainly_with_the_revenue_a_month_that_holds_the_level()
    {
        var page = await app.Partner("P-1015").GetStringAsync("/partners/P-1015?culture=en");
        var warning = LapseWarningTests.Between(page, "id=\"lapse\"", "id=\"checklist\"");

        Assert.Contains("class=\"warning near\"", page, StringComparison.Ordinal);
        Assert.Contains("Gold lapses soon: on Tuesday, December 1, 2026, 6 days from now.", warning, StringComparison.Ordinal);
        Assert.Contains("From Tuesday, December 1, 2026 the partner would hold Silver.", warning, StringComparison.Ordinal);
        // 2025-11 leaves the window: November 2026 alone must make up what Gold then lacks.
        Assert.Contains("The revenue of 2025-11 to 2025-11", warning, StringComparison.Ordinal);
        Assert.Matches("To hold Gold for the next 12 months: US\\$[0-9,.]+ of net new qualifying revenue a month from 2026-11 through 2027-10", warning);
        var plan = LapseWarningTests.Between(page, "id=\"plan\"", "id=\"revenue\"");
        Assert.True(
            plan.IndexOf("First, keep Gold", StringComparison.Ordinal) is var keep and >= 0 && keep < plan.IndexOf("Gold is the highest level", StringComparison.Ordinal),
            "keeping Gold comes before 'nothing more to reach'");
    }

    [Fact]
    public async Task The_near_lapse_is_said_in_Japanese_too()
    {
        var page = await app.Partner("P-1015").GetStringAsync("/partners/P-1015?culture=ja");

        Assert.Contains("ゴールド はまもなく失効します: 2026年12月1日火曜日 (あと 6 日)。", page, StringComparison.Ordinal);
        Assert.Contains("まず ゴールド の維持を", page, StringComparison.Ordinal);
    }
}
