namespace Attain.Data.Store.Rows;

/// <summary>An exam pass as stored; every column is the natural key (exam_passes.csv).</summary>
public sealed class ExamPassRow
{
    public required string IndividualId { get; set; }

    public required string Exam { get; set; }

    public DateOnly PassedOn { get; set; }
}
