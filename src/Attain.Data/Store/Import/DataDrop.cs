using Attain.Data.Store.Rows;

namespace Attain.Data.Store.Import;

/// <summary>
/// The rows of one validated data folder, as they will be stored. A drop may be partial (revenue for customers
/// whose DPOR is already stored, individuals of stored partners): it only adds and updates, never deletes.
/// </summary>
public sealed record DataDrop(
    IReadOnlyList<PartnerRow> Partners,
    IReadOnlyList<IndividualRow> Individuals,
    IReadOnlyList<ExamPassRow> ExamPasses,
    IReadOnlyList<DporRow> Dpor,
    IReadOnlyList<RevenueRow> Revenue)
{
    public long RowCount => (long)Partners.Count + Individuals.Count + ExamPasses.Count + Dpor.Count + Revenue.Count;
}
