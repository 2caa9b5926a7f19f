using System.Globalization;

namespace Attain.Data.Store.Import;

/// <summary>
/// For the crash test only (issue 12: tests/Attain.Data.Tests/Cli/CrashTests.cs): with the environment variable
/// <c>ATTAIN_TEST_HOLD_AFTER_ROWS=N</c>, once a table's write brings the rows written in the import's transaction
/// to N or more, the import reports the step "held for a test" and waits until it is killed, so that the test can
/// kill -9 it in the middle of writing rather than at some moment it can only hope falls there. Unset, as
/// everywhere but that test, it does nothing.
/// </summary>
internal static class ImportTestSeam
{
    public const string Variable = "ATTAIN_TEST_HOLD_AFTER_ROWS";

    public const string Stage = "held for a test";

    public static void HoldIfAsked(long written, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        if (!long.TryParse(Environment.GetEnvironmentVariable(Variable), NumberStyles.None, CultureInfo.InvariantCulture, out var after) || written < after)
        {
            return;
        }

        progress?.Report(new ImportProgress(Stage, written, after));
        // The import writes from its reader's thread: that thread waits here until the process is killed.
        cancellationToken.WaitHandle.WaitOne();
        cancellationToken.ThrowIfCancellationRequested();
    }
}
