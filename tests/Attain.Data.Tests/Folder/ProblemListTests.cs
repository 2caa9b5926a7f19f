using Attain.Core;
using Attain.Data.Folder;

namespace Attain.Data.Tests.Folder;

/// <summary>SPEC §3: every problem of every file is listed, in one run, as file:line: column: message, in English or Japanese.</summary>
public sealed class ProblemListTests
{
    [Fact]
    public void Problems_in_several_files_are_all_reported_at_once_in_file_and_line_order()
    {
        using var folder = DataFolder.Valid()
            .With("partners.csv", """
                partner_id,name,country
                P1,Contoso,US
                P2,Fabrikam,ZZ
                """)
            .With("individuals.csv", """
                individual_id,partner_id,name,associated_from,associated_to
                I1,P1,Ann,2016-01-01,2015-01-01
                I2,P7,Bob,,
                I3,P2,Chie,,
                """)
            .With("exam_passes.csv", """
                individual_id,exam,passed_on
                I1,MB2-714,2016-05-01
                I1,MB2-714,2016-06-01
                I9,MB2-710,2016-06-31
                """)
            .With("dpor.csv", """
                customer_id,partner_id,from,to
                C1,P1,2016-01-01,
                C1,P2,2017-01-01,
                C2,P1,2016-06-15,
                """)
            .Without("revenue.csv");

        var problems = folder.Read().Problems;

        Assert.Equal(
            [
                "partners.csv:3: country: country ZZ is not in the catalog's market table",
                "individuals.csv:2: associated_to: 2015-01-01 is not after associated_from 2016-01-01: an interval must end after it starts",
                "individuals.csv:3: partner_id: partner P7 is not in partners.csv",
                "exam_passes.csv:3: exam: individual I1 already has a pass of exam MB2-714 on line 2",
                "exam_passes.csv:4: individual_id: individual I9 is not in individuals.csv",
                "exam_passes.csv:4: passed_on: '2016-06-31' is not a real calendar date",
                "dpor.csv:3: from: DPOR [2017-01-01, ) of customer C1 overlaps DPOR [2016-01-01, ) on line 2 (partner P1): a customer has at most one DPOR at any moment",
                "revenue.csv: the file is missing from the data folder",
            ],
            problems.Select(problem => problem.ToString()));
    }

    [Fact]
    public void Messages_are_in_Japanese_when_the_UI_culture_is_Japanese()
    {
        using var folder = DataFolder.Valid().With("dpor.csv", """
            customer_id,partner_id,from,to
            C1,P1,2016-01-01,2017-01-01
            C1,P2,2017-01-01,
            C2,P9,2016-06-31,
            """);

        IReadOnlyList<Problem> problems;
        using (UiCulture.Japanese())
        {
            problems = DataFolderReader.Read(folder.Path, TestCatalog.CloudCrm).Problems;
        }

        Assert.Equal(
            [
                "dpor.csv:4: partner_id: パートナー P9 は partners.csv にありません",
                "dpor.csv:4: from: '2016-06-31' は存在しない日付です",
            ],
            problems.Select(problem => problem.ToString()));
    }

    [Fact]
    public void Messages_are_in_English_when_the_UI_culture_is_English()
    {
        using var folder = DataFolder.Valid().Without("partners.csv");

        IReadOnlyList<Problem> problems;
        using (UiCulture.English())
        {
            problems = DataFolderReader.Read(folder.Path, TestCatalog.CloudCrm).Problems;
        }

        Assert.Equal("partners.csv: the file is missing from the data folder", Assert.Single(problems).ToString());
    }
}
