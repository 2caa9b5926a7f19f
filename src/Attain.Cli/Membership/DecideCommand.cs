using System.CommandLine;
using Attain.Cli.Evaluate;
using Attain.Core.Membership;
using Attain.Core.Model;
using Attain.Data;
using Attain.Data.Store;
using Attain.Program;
using Attain.Program.Membership;

namespace Attain.Cli.Membership;

/// <summary>
/// `attain decide approve|defer|override|revoke &lt;partner&gt; --reason … [--by …] [--on D] …` (SPEC §6): the operator's
/// decisions, appended to the store's log with who, when and why. A decision that does not apply is refused
/// with exit code 2 and nothing is written.
/// </summary>
public static class DecideCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var command = new Command("decide", "Record an operator's decision about a partner's membership: approve or defer a pending demotion, grant or revoke an override.");
        command.Subcommands.Add(Decision(DecisionLog.Approve, "Approve the pending demotion: the lower level applies from --on.", output, error));
        command.Subcommands.Add(Decision(DecisionLog.Defer, "Defer the pending demotion: the partner keeps its level until --until (default 3 months, at most 12).", output, error));
        command.Subcommands.Add(Decision(DecisionLog.Override, "Grant at least --level from --on until --until (default 3 months, at most 12).", output, error));
        command.Subcommands.Add(Decision(DecisionLog.Revoke, "End the override recorded as decision --override from --on.", output, error));
        return command;
    }

    private static Command Decision(string kind, string description, TextWriter output, TextWriter error)
    {
        var partner = new Argument<string>("partner") { Description = "The partner id." };
        var reason = new Option<string>("--reason") { Description = "Why: kept in the log with the decision.", Required = true };
        var by = new Option<string>("--by") { Description = "Who decides (default: the signed-in user of this machine).", DefaultValueFactory = _ => Environment.UserName };
        var on = new Option<string?>("--on") { Description = "The day the decision takes effect, YYYY-MM-DD (default: today, UTC)." };
        var db = StoreOption.Create();
        var lang = Language.Option();
        var command = new Command(kind, description) { partner, reason, by, on, db, lang };
        var until = new Option<string?>("--until") { Description = "The first day it no longer applies, YYYY-MM-DD (default: 3 months after --on)." };
        var level = new Option<string?>("--level") { Description = "The level granted: a level of the catalog, such as silver or gold.", Required = kind == DecisionLog.Override };
        var overrideDecision = new Option<long?>("--override") { Description = "The decision number of the override to revoke (see attain membership --format json).", Required = kind == DecisionLog.Revoke };
        if (kind is DecisionLog.Defer or DecisionLog.Override)
        {
            command.Options.Add(until);
        }

        if (kind == DecisionLog.Override)
        {
            command.Options.Add(level);
        }

        if (kind == DecisionLog.Revoke)
        {
            command.Options.Add(overrideDecision);
        }

        command.SetAction(async (parsed, cancellationToken) =>
        {
            Language.Use(Language.Culture(parsed.GetRequiredValue(lang)));
            if (!DateArgument.TryParse(parsed.GetValue(on), "--on", error, out var effectiveOn) || !DateArgument.TryParse(parsed.GetValue(until), "--until", error, out var untilDay))
            {
                return ExitCodes.BadInput;
            }

            var request = new DecisionRequest(
                new PartnerId(parsed.GetRequiredValue(partner)),
                kind,
                parsed.GetRequiredValue(by),
                parsed.GetRequiredValue(reason),
                effectiveOn,
                untilDay,
                parsed.GetValue(level) is { } granted ? new LevelId(granted) : null,
                parsed.GetValue(overrideDecision));
            return await RecordAsync(request, parsed.GetValue(db), output, error, cancellationToken);
        });
        return command;
    }

    private static async Task<int> RecordAsync(DecisionRequest request, string? db, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.By))
        {
            error.WriteLine(CliTexts.Decide_NoOne);
            return ExitCodes.BadInput;
        }

        await using var opened = await StoreProgram.OpenAsync(db, null, null, error, cancellationToken);
        if (opened.Program is not { } program)
        {
            return opened.ExitCode;
        }

        var outcome = await MembershipDecisions.RecordAsync(program, request, cancellationToken);
        if (outcome.UnknownPartner)
        {
            error.WriteLine(Language.Say(CliTexts.Partner_NotInStore, request.Partner, opened.Location!.Display));
            return ExitCodes.BadInput;
        }

        if (outcome.Refusal is { } refusal)
        {
            error.WriteLine(Language.Say(Refusal(refusal), request.Partner, request.Level, request.OverrideSequence, DecisionRules.MaximumOverrideMonths));
            return ExitCodes.BadInput;
        }

        var held = outcome.Membership!.Membership.HeldLevel?.Value ?? Core.Serialization.LevelNames.None;
        output.WriteLine(Language.Say(CliTexts.Decide_Recorded, outcome.Decision!.Sequence, request.Kind, request.Partner, held));
        return ExitCodes.Success;
    }

    private static string Refusal(DecisionRefusal refusal) => refusal switch
    {
        DecisionRefusal.NoPendingDemotion => CliTexts.Decide_NoPendingDemotion,
        DecisionRefusal.UnknownLevel => CliTexts.Decide_UnknownLevel,
        DecisionRefusal.ExpiryNotAfterStart => CliTexts.Decide_ExpiryNotAfterStart,
        DecisionRefusal.ExpiryBeyondTwelveMonths => CliTexts.Decide_ExpiryTooLate,
        DecisionRefusal.UnknownOverride => CliTexts.Decide_UnknownOverride,
        DecisionRefusal.OverrideAlreadyEnded => CliTexts.Decide_OverrideEnded,
        DecisionRefusal.ReasonMissing => CliTexts.Decide_NoReason,
        _ => throw new ArgumentOutOfRangeException(nameof(refusal), refusal, null),
    };
}
