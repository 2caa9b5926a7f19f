using System.Collections.Concurrent;
using System.Globalization;
using Attain.Data.Store.Import;
using Spectre.Console;

namespace Attain.Cli.Output;

/// <summary>
/// Shows how far a long job is: progress bars on a terminal, one plain line per step when error output is
/// redirected (logs, tests, and the crash test, which waits for such a line before it kills the import).
/// </summary>
public static class ProgressView
{
    public static async Task<T> RunAsync<T>(TextWriter error, string job, Func<IProgress<ImportProgress>, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(work);
        if (error != Console.Error || Console.IsErrorRedirected)
        {
            return await work(new Callback(step => error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{job}: {step.Stage} {step.Done}/{step.Total}"))));
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return await console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var bars = new ConcurrentDictionary<string, ProgressTask>(StringComparer.Ordinal);
                return await work(new Callback(step =>
                {
                    var bar = bars.GetOrAdd(step.Stage, stage => context.AddTask(Markup.Escape($"{job}: {stage}")));
                    bar.MaxValue = Math.Max(1, step.Total);
                    bar.Value = step.Done;
                }));
            });
    }

    private sealed class Callback(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
