using Attain.Core;
using Attain.Core.Catalog;
using Attain.Core.Model;

namespace Attain.Data.Folder;

/// <summary>
/// Reads a program data folder (SPEC §3): partners.csv, individuals.csv, exam_passes.csv, dpor.csv and revenue.csv.
/// Either every file is read without a problem and the result is the program's facts, or the result is every
/// problem found in every file, as <c>file:line: column: message</c>; never a part of the facts.
/// </summary>
public static class DataFolderReader
{
    /// <summary>The files of a data folder, in the order they are read and their problems listed.</summary>
    public static IReadOnlyList<string> FileNames { get; } =
        [PartnersFile.Name, IndividualsFile.Name, ExamPassesFile.Name, DporFile.Name, RevenueFile.Name];

    /// <summary>
    /// Reads <paramref name="folder"/>, checking every reference against the other files and against
    /// <paramref name="catalog"/> (exams, products, the country → market table). Messages are in the language of
    /// <see cref="System.Globalization.CultureInfo.CurrentUICulture"/> (English or Japanese).
    /// </summary>
    /// <remarks>
    /// Past <see cref="ProblemLog.MaximumListed"/> problems, the list is grouped so that memory stays bounded; every
    /// problem, one per line, goes to <paramref name="everyProblem"/> as it is found (issue #9).
    /// </remarks>
    public static Validated<ProgramFacts> Read(string folder, VersionedCatalog catalog, TextWriter? everyProblem = null)
    {
        var contents = ReadContents(folder, catalog, [], everyProblem);
        return contents.IsValid
            ? Validated<ProgramFacts>.Valid(contents.Value!.ToFacts())
            : Validated<ProgramFacts>.Invalid(contents.Problems);
    }

    /// <summary>
    /// Reads <paramref name="folder"/> row for row, as an import stores it. Its DPOR intervals are checked for
    /// overlap with each other and with <paramref name="storedDpor"/>, the intervals it will be merged with.
    /// </summary>
    public static Validated<DataFolderContents> ReadContents(
        string folder, VersionedCatalog catalog, IEnumerable<StoredDpor> storedDpor, TextWriter? everyProblem = null)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(storedDpor);
        ArgumentNullException.ThrowIfNull(catalog);

        var problems = new ProblemLog(everyProblem);
        if (!Directory.Exists(folder))
        {
            problems.Add(folder, null, null, FolderMessages.FolderMissing);
            return Validated<DataFolderContents>.Invalid(problems.InFileOrder(folder, FileNames));
        }

        // Files are read in the order their references point: a file is checked against those read before it.
        var codes = new CatalogCodes(catalog);
        var partners = PartnersFile.Read(folder, codes, problems);
        var individuals = IndividualsFile.Read(folder, partners, problems);
        ExamPassesFile.Read(folder, individuals, codes, problems);
        var dpor = DporFile.Read(folder, partners, problems);
        if (dpor is not null)
        {
            DporOverlapCheck.Report(dpor.Entries, dpor.Customers, storedDpor, problems);
        }

        var revenue = RevenueFile.Read(folder, dpor, codes, problems);
        if (problems.Count > 0 || partners is null || individuals is null || dpor is null || revenue is null)
        {
            return Validated<DataFolderContents>.Invalid(problems.InFileOrder(folder, FileNames));
        }

        return Validated<DataFolderContents>.Valid(new DataFolderContents(
            [.. partners.Partners],
            [.. individuals.Values.Select(ToFact)],
            [.. dpor.Entries.Select(entry => (entry.Partner, entry.ToInterval()))],
            revenue));
    }

    /// <summary>
    /// Reads and checks <paramref name="folder"/> as <see cref="ReadContents"/> does, handing its rows to
    /// <paramref name="rows"/> as they are checked instead of keeping them: what an import of any size does. Returns
    /// every problem (none: every row went to <paramref name="rows"/>); after the first problem no more rows go there.
    /// <paramref name="storedDpor"/> is enumerated once, when dpor.csv has been read, so that it may stream from the store.
    /// </summary>
    internal static IReadOnlyList<Problem> ReadInto(
        string folder, VersionedCatalog catalog, IEnumerable<StoredDpor> storedDpor, TextWriter? everyProblem, IFolderRows rows)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var problems = new ProblemLog(everyProblem);
        if (!Directory.Exists(folder))
        {
            problems.Add(folder, null, null, FolderMessages.FolderMissing);
            return problems.InFileOrder(folder, FileNames);
        }

        // Each file's rows are let go once written: at a million partners, what is kept for the later files' checks
        // (the ids they may name) is what bounds an import's memory, not the rows.
        var codes = new CatalogCodes(catalog);
        var partners = PartnersFile.Read(folder, codes, problems);
        if (partners is not null && problems.Count == 0)
        {
            rows.Partners(partners.Partners);
        }

        partners?.ForgetRows();
        var individualsRead = ReadIndividualsInto(folder, partners, codes, problems, rows);
        var dpor = DporFile.Read(folder, partners, problems);
        if (dpor is not null)
        {
            DporOverlapCheck.Report(dpor.Entries, dpor.Customers, storedDpor, problems);
            if (problems.Count == 0)
            {
                rows.Dpor(dpor.Customers.Keys.Select(customer => new CustomerId(customer)), dpor.Entries);
            }

            dpor.ForgetEntries();
        }

        if (problems.Count == 0)
        {
            rows.BeginRevenue();
        }

        var revenue = RevenueFile.Read(folder, dpor, codes, problems, rows);
        if (problems.Count == 0 && partners is not null && individualsRead && dpor is not null && revenue is not null)
        {
            rows.EndRevenue();
            return [];
        }

        // A file that could not be read at all has its problem logged: the list is never empty here.
        return problems.InFileOrder(folder, FileNames);
    }

    /// <summary>
    /// individuals.csv, then exam_passes.csv (checked against it), into <paramref name="rows"/>. Whether individuals.csv
    /// could be read; its table is needed by no later file, so it is let go on return.
    /// </summary>
    private static bool ReadIndividualsInto(string folder, PartnerTable? partners, CatalogCodes codes, ProblemLog problems, IFolderRows rows)
    {
        // A table begun is ended even after a problem (its rows go with the rollback): dpor.csv's check reads the store
        // in this transaction, which a load left open would keep busy.
        var writing = problems.Count == 0;
        if (writing)
        {
            rows.BeginIndividuals();
        }

        var individuals = IndividualsFile.Read(folder, partners, problems, rows);
        if (writing)
        {
            rows.EndIndividuals();
        }

        writing = problems.Count == 0;
        if (writing)
        {
            rows.BeginPasses();
        }

        ExamPassesFile.Read(folder, individuals, codes, problems, rows);
        if (writing)
        {
            rows.EndPasses();
        }

        return individuals is not null;
    }

    private static (PartnerId Partner, Individual Individual) ToFact(IndividualEntry entry)
    {
        // Without problems every entry has its details; a missing one would be a defect here, not bad input.
        var (partner, name, association) = entry.Details ?? throw new InvalidOperationException($"Individual {entry.Id} was read without its details.");
        return (partner, entry.ToIndividual(name, association));
    }
}
