namespace Attain.Cli.Tests;

public class EvaluateTableTests
{
    [Fact]
    public void The_program_table_lists_every_partner_with_its_level_and_the_totals()
    {
        var run = CliRun.Of("evaluate", CliRun.Samples, "--as-of", SampleExpectations.AsOf);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("P-1001", run.Output);
        Assert.Contains("株式会社サクラ・クラウド", run.Output);
        Assert.Contains("US$425,712.66", run.Output);
        Assert.Contains("16 partners: Gold 4 · Silver 9 · none 3", run.Output);
    }

    [Fact]
    public void The_program_table_speaks_japanese_with_lang_ja()
    {
        var run = CliRun.Of("evaluate", CliRun.Samples, "--as-of", SampleExpectations.AsOf, "--lang", "ja");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("パートナー 16 社: ゴールド 4 · シルバー 9 · なし 3", run.Output);
        Assert.Contains("発展途上市場", run.Output);
    }

    [Fact]
    public void A_partner_checklist_shows_each_requirement_the_plan_and_the_lapse()
    {
        var run = CliRun.Of("evaluate", CliRun.Samples, "--as-of", SampleExpectations.AsOf, "--partner", "P-1015");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Litware, Inc. holds Silver as of 2026-11-25.", run.Output);
        Assert.Contains("To reach Gold:", run.Output);
        Assert.Contains("Ava Martinez (I-2057) should pass one customization exam (MB2-712 or MB2-707 or MB2-716)", run.Output);
        Assert.Contains("Silver lapses on 2027-08-01", run.Output);
    }

    [Fact]
    public void A_partner_checklist_says_who_leaves_when_and_how_to_keep_the_level()
    {
        var run = CliRun.Of("evaluate", CliRun.Samples, "--as-of", SampleExpectations.AsOf, "--partner", "P-1014");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Oliver Bennett (I-2051) leaves the partner on 2027-02-01.", run.Output);
        Assert.Contains("From 2027-02-01 the partner would hold no level.", run.Output);
        Assert.Contains("To keep Silver on 2027-02-01:", run.Output);
        Assert.Contains("Amelia Clarke (I-2052) should pass one app exam", run.Output);
    }

    [Fact]
    public void A_partner_checklist_in_japanese()
    {
        var run = CliRun.Of("evaluate", CliRun.Samples, "--as-of", SampleExpectations.AsOf, "--partner", "P-1015", "--lang", "ja");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Litware, Inc. は 2026-11-25 時点で シルバー を取得しています。", run.Output);
        Assert.Contains("ゴールド を取得するには:", run.Output);
        Assert.Contains("カスタマイズ試験", run.Output);
    }
}
