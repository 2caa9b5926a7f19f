using Attain.Web.Tests.Api;
using Attain.Web.Tests.Support;

namespace Attain.Web.Tests.Pages;

/// <summary>
/// Issue 13, item 2: the partner page's individuals × exams matrix marks a retired exam with its acceptance date,
/// in English and Japanese, and names the catalog version its verdict was judged by.
/// </summary>
[Collection(ApiFixture.Name)]
public sealed class ExamValidityTests(AttainWebApplication app)
{
    [Fact]
    public async Task The_matrix_marks_MB2_709_as_retired_with_its_accepted_until_date()
    {
        var page = await app.Partner("P-1001").GetStringAsync("/partners/P-1001?culture=en");

        Assert.Contains("<small class=\"exam-validity\">retired on 2017-12-31, accepted until 2018-12-31</small>", page, StringComparison.Ordinal);
        Assert.Contains("rules of the catalog version of 2017-12-15", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_matrix_marks_it_in_Japanese_too()
    {
        var page = await app.Partner("P-1001").GetStringAsync("/partners/P-1001?culture=ja");

        Assert.Contains("2017-12-31 に廃止, 2018-12-31 まで有効", page, StringComparison.Ordinal);
    }
}
