using Attain.Core.Model;

namespace Attain.Data.Folder;

/// <summary>
/// Everything a data folder holds, read without a problem, row for row: what an import stores. The evaluation
/// works on <see cref="ToFacts"/>, the same rows indexed by partner.
/// </summary>
public sealed record DataFolderContents(
    IReadOnlyList<Partner> Partners,
    IReadOnlyList<(PartnerId Partner, Individual Individual)> Individuals,
    IReadOnlyList<(PartnerId Partner, DporInterval Interval)> Dpor,
    IReadOnlyList<MonthlyRevenue> Revenue)
{
    public ProgramFacts ToFacts() => new(Partners, Individuals, Dpor, Revenue);
}
