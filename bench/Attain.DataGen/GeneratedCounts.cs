namespace Attain.DataGen;

/// <summary>How many rows of each file were written.</summary>
public sealed class GeneratedCounts
{
    public int Partners { get; set; }

    public int Individuals { get; set; }

    public int ExamPasses { get; set; }

    public int Dpor { get; set; }

    public long Revenue { get; set; }

    public override string ToString() =>
        $"{Partners} partners, {Individuals} individuals, {ExamPasses} exam passes, {Dpor} DPOR intervals, {Revenue} revenue rows";
}
