using Attain.Core.Model;
using Attain.Program;
using Attain.Program.Evaluation;
using Attain.Program.Membership;
using Microsoft.Extensions.DependencyInjection;

namespace Attain.Web.Tests.Support;

/// <summary>
/// The sample's membership history (samples/contoso/README.md, "Membership on 2026-11-25"): the program evaluated on the
/// 25th of each month from 2025-10 to 2026-11, and the README's override of P-1015. On the sample day, P-1010's demotion
/// is pending, P-1004 renewed, P-1013 attained Gold this year, P-1014 is at risk with a departure, P-1015's override ends soon.
/// </summary>
public static class SampleMembership
{
    public static IEnumerable<DateOnly> EvaluationDays => Enumerable.Range(0, 14).Select(month => new DateOnly(2025, 10, 25).AddMonths(month));

    public static async Task SeedAsync(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var program = scope.ServiceProvider.GetRequiredService<AttainProgram>();
        foreach (var day in EvaluationDays)
        {
            await ProgramEvaluation.RunAsync(program, day);
        }

        var granted = await MembershipDecisions.RecordAsync(program, new DecisionRequest(
            new PartnerId("P-1015"), DecisionLog.Override, "alice", "MB2-712 pass not yet recognised", new DateOnly(2026, 9, 1), new DateOnly(2026, 12, 1), new LevelId("gold")));
        if (granted.Refusal is not null)
        {
            throw new InvalidOperationException($"the sample's override was refused: {granted.Refusal}");
        }
    }
}
