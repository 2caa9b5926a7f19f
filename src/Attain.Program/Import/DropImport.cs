using Attain.Data.Store.Import;

namespace Attain.Program.Import;

/// <summary>
/// Import a drop: a SPEC §3 data folder validated as a whole, against itself and the store, then written in one
/// transaction (all or nothing). Evaluating the program afterwards is the caller's next step
/// (<see cref="Evaluation.ProgramEvaluation"/>): the command line leaves it to `evaluate --all`, the web app runs it as a job.
/// </summary>
public static class DropImport
{
    /// <remarks>
    /// Every problem goes to <paramref name="everyProblem"/> as it is found; the outcome's list is bounded (issue #9).
    /// The drop is recorded as <paramref name="dropName"/> (default: the folder's name), so history can name it.
    /// </remarks>
    public static Task<ImportOutcome> RunAsync(
        AttainProgram program,
        string folder,
        IProgress<ImportProgress>? progress = null,
        TextWriter? everyProblem = null,
        string? dropName = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(program);
        return FolderImport.RunAsync(program.Db, folder, program.Catalog, program.Source, progress, everyProblem, dropName, program.Clock, cancellationToken);
    }
}
