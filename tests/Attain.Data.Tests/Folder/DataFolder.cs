using System.Text;
using Attain.Core;
using Attain.Core.Model;
using Attain.Data.Folder;

namespace Attain.Data.Tests.Folder;

/// <summary>
/// A data folder in a temporary directory, written by the test itself: a small valid program to start from,
/// then the one file a test gets wrong, so each test reads like the bad input it checks.
/// </summary>
internal sealed class DataFolder : IDisposable
{
    public const string Partners = """
        partner_id,name,country
        P1,Contoso,US
        P2,Fabrikam,IN
        """;

    public const string Individuals = """
        individual_id,partner_id,name,associated_from,associated_to
        I1,P1,Ann,2016-01-01,
        I2,P1,Bob,,2018-01-01
        I3,P2,Chie,,
        """;

    public const string ExamPasses = """
        individual_id,exam,passed_on
        I1,MB2-714,2016-05-01
        I1,MB2-710,2016-06-01
        I2,MB2-712,2016-07-01
        """;

    public const string Dpor = """
        customer_id,partner_id,from,to
        C1,P1,2016-01-01,2017-01-01
        C1,P2,2017-01-01,
        C2,P1,2016-06-15,
        """;

    public const string Revenue = """
        customer_id,product,month,net_new_revenue_usd
        C1,crm-online,2016-12,1000.50
        C1,d365-plan1,2017-01,-20
        C2,crm-online,2017-01,300
        """;

    private DataFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "attain-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>A folder that reads without a problem: two partners, three individuals, two customers.</summary>
    public static DataFolder Valid() => new DataFolder()
        .With("partners.csv", Partners)
        .With("individuals.csv", Individuals)
        .With("exam_passes.csv", ExamPasses)
        .With("dpor.csv", Dpor)
        .With("revenue.csv", Revenue);

    /// <summary>Writes <paramref name="content"/> as <paramref name="file"/> (UTF-8, no BOM, one line ending after the last line).</summary>
    public DataFolder With(string file, string content)
    {
        File.WriteAllText(System.IO.Path.Combine(Path, file), content + "\n", new UTF8Encoding(false));
        return this;
    }

    public DataFolder WithBytes(string file, byte[] content)
    {
        File.WriteAllBytes(System.IO.Path.Combine(Path, file), content);
        return this;
    }

    public DataFolder Without(string file)
    {
        File.Delete(System.IO.Path.Combine(Path, file));
        return this;
    }

    /// <summary>Reads the folder with messages in English, whatever the machine's language.</summary>
    public Validated<ProgramFacts> Read()
    {
        using var english = UiCulture.English();
        return DataFolderReader.Read(Path, TestCatalog.CloudCrm);
    }

    /// <summary>Reads the folder and expects exactly one problem.</summary>
    public Problem SingleProblem()
    {
        var read = Read();
        Assert.False(read.IsValid);
        Assert.Null(read.Value);
        return Assert.Single(read.Problems);
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
