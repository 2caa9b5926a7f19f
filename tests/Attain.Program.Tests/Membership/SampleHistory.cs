using Attain.Program.Evaluation;

namespace Attain.Program.Tests.Membership;

/// <summary>
/// samples/contoso/README.md, "Membership": the program evaluated on the 25th of each month from 2025-10 to 2026-11,
/// so that on 2026-11-25 the sample shows a level attained this year, renewed, at risk, and a pending demotion.
/// </summary>
public static class SampleHistory
{
    public static readonly DateOnly Today = new(2026, 11, 25);

    public static IEnumerable<DateOnly> Days => Enumerable.Range(0, 14).Select(month => new DateOnly(2025, 10, 25).AddMonths(month));

    public static async Task<AttainProgram> EvaluateAsync(OpenProgram open, DateOnly? today = null)
    {
        ArgumentNullException.ThrowIfNull(open);
        var program = new AttainProgram(open.Db, open.Program.Catalog, open.Program.Source, new FixedDay(today ?? Today));
        foreach (var day in Days)
        {
            await ProgramEvaluation.RunAsync(program, day);
        }

        return program;
    }
}
