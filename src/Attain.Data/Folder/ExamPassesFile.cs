using Attain.Core.Model;
using static Attain.Data.Folder.ProblemLog;

namespace Attain.Data.Folder;

/// <summary>Reads exam_passes.csv: <c>individual_id</c>, <c>exam</c> (a catalog exam such as MB2-714), <c>passed_on</c> (SPEC §3).</summary>
internal static class ExamPassesFile
{
    public const string Name = "exam_passes.csv";

    private const string IndividualIdColumn = "individual_id";
    private const string ExamColumn = "exam";
    private const string PassedOnColumn = "passed_on";
    private static readonly string[] Columns = [IndividualIdColumn, ExamColumn, PassedOnColumn];

    /// <summary>
    /// Adds each pass to its individual in <paramref name="individuals"/>, or hands it to <paramref name="rows"/> (an
    /// import: nothing kept) while no problem has been found. When individuals.csv could not be read (null), passes are
    /// still checked, but not whom they name.
    /// </summary>
    public static void Read(string folder, SpanKeyedTable<IndividualEntry>? individuals, CatalogCodes catalog, ProblemLog problems, IFolderRows? rows = null)
    {
        using var file = CsvFile.Open(folder, Name, Columns, problems);
        if (file is null)
        {
            return;
        }

        var individualColumn = file.Column(IndividualIdColumn);
        var examColumn = file.Column(ExamColumn);
        var passedOnColumn = file.Column(PassedOnColumn);

        // The key of a pass is (individual, exam): passing the same exam twice says nothing new.
        var firstLines = new Dictionary<(string Individual, ExamCode Exam), int>();
        while (file.TryReadRow(out var row))
        {
            var hasIndividual = row.TryRequired(individualColumn, out var individualId);
            IndividualEntry? individual = null;
            if (hasIndividual && individuals is not null && !individuals.TryGetValue(individualId, out individual))
            {
                row.Report(individualColumn, Say(FolderMessages.IndividualUnknown, individualId.ToString()));
            }

            var hasExam = row.TryCode(examColumn, catalog.Exams, FolderMessages.ExamUnknown, out var exam);
            var hasDate = row.TryDate(passedOnColumn, out var passedOn);
            if (!hasIndividual || !hasExam)
            {
                continue;
            }

            var key = (individual?.Id.Value ?? individualId.ToString(), exam);
            if (!firstLines.TryAdd(key, row.Line))
            {
                row.Report(examColumn, Say(FolderMessages.ExamPassRepeated, key.Item1, exam.Value, firstLines[key]));
                continue;
            }

            if (hasDate && individual is not null)
            {
                if (rows is null)
                {
                    individual.AddPass(new ExamPass(exam, passedOn));
                }
                else if (problems.Count == 0)
                {
                    rows.Pass(individual.Id, new ExamPass(exam, passedOn));
                }
            }
        }
    }
}
