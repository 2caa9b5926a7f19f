using Attain.Web.Tests.Api;
using Attain.Web.Tests.Support;

namespace Attain.Web.Tests.Pages;

/// <summary>
/// The dashboard's list pages by its own query value ("page" is Razor Pages' own route value, which used to win, so
/// every page link showed the first page).
/// </summary>
[Collection(ApiFixture.Name)]
public sealed class DashboardPagingTests(AttainWebApplication app)
{
    [Fact]
    public async Task The_page_asked_for_is_the_page_shown_and_a_page_past_the_last_links_back()
    {
        var client = app.Operator();

        var first = await client.GetStringAsync("/dashboard?q=p-10&p=1");
        var second = await client.GetStringAsync("/dashboard?q=p-10&p=2");

        // The 16 sample partners match "p-10", 50 to a page: the first page lists them, the second is past the last
        // and links back to the first, keeping the search.
        Assert.Contains("Page 1 of 1 · 16 partners", first, StringComparison.Ordinal);
        Assert.Contains("P-1016", first, StringComparison.Ordinal);
        Assert.Contains("No partner matches.", second, StringComparison.Ordinal);
        Assert.DoesNotContain("P-1016", second, StringComparison.Ordinal);
        Assert.Contains("<a href=\"?q=p-10&amp;p=1\" rel=\"prev\">", second, StringComparison.Ordinal);
    }
}
