using System.CommandLine;
using System.Data.Common;
using Attain.Cli.Catalog;
using Attain.Cli.Evaluate;
using Attain.Cli.History;
using Attain.Cli.Import;
using Attain.Cli.Membership;
using Attain.Cli.Token;

namespace Attain.Cli;

/// <summary>The `attain` command line: one sub-command per job. Tests call <see cref="Run"/> in-process.</summary>
public static class AttainCommand
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("Attain: who holds the Cloud CRM competency (Silver, Gold), why, and what to do next.")
        {
            EvaluateCommand.Create(output, error),
            ImportCommand.Create(output, error),
            HistoryCommand.Create(output, error),
            MembershipCommand.Create(output, error),
            DecideCommand.Create(output, error),
            TokenCommand.Create(output, error),
            CatalogCommand.Create(output, error),
        };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var problem in parsed.Errors)
            {
                error.WriteLine(problem.Message);
            }

            error.WriteLine("Run 'attain --help' for usage.");
            return ExitCodes.BadInput;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidOperationException or DbException)
        {
            error.WriteLine($"attain: {exception.Message}");
            return ExitCodes.Failure;
        }
    }
}
