using Attain.Core.Model;

namespace Attain.Data.Folder;

/// <summary>
/// Where an import's rows go as the folder is read (<see cref="DataFolderReader.ReadInto"/>): partners and DPOR once
/// their file is checked whole (a DPOR row is checked against every other), individuals, exam passes and revenue row by
/// row as they are read, so that a folder of any size costs the memory of its keys, not of its rows. Called only while no problem has been
/// found: after one, the rows written so far are abandoned with the import's transaction.
/// </summary>
internal interface IFolderRows
{
    void Partners(IReadOnlyList<Partner> partners);

    void BeginIndividuals();

    void Individual(IndividualId id, IndividualDetails details);

    void EndIndividuals();

    void BeginPasses();

    void Pass(IndividualId individual, ExamPass pass);

    void EndPasses();

    /// <summary>Every customer dpor.csv names, then its intervals (checked for overlap, also with the stored ones).</summary>
    void Dpor(IEnumerable<CustomerId> customers, IReadOnlyList<DporEntry> intervals);

    void BeginRevenue();

    void Revenue(MonthlyRevenue line);

    void EndRevenue();
}
