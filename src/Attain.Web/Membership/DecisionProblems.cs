using System.Globalization;
using Attain.Core.Membership;
using Attain.Core.Model;
using Attain.Program.Membership;

namespace Attain.Web.Membership;

/// <summary>Why a decision was refused, in the API's words: each names the field to change (RFC 9457 problem detail).</summary>
public static class DecisionProblems
{
    public static string Describe(DecisionRefusal refusal, DecisionRequest request, DateOnly effectiveOn, IEnumerable<string> levels)
    {
        ArgumentNullException.ThrowIfNull(request);
        var on = IsoDate.Format(effectiveOn);
        return refusal switch
        {
            DecisionRefusal.NoPendingDemotion => $"id: partner '{request.Partner}' has no pending demotion on {on}; nothing was recorded.",
            DecisionRefusal.UnknownLevel => $"level: '{request.Level}' is not one of {string.Join(", ", levels)}; nothing was recorded.",
            DecisionRefusal.ExpiryNotAfterStart => $"until: {Date(request.Until)} is not after the day the decision takes effect ({on}); nothing was recorded.",
            DecisionRefusal.ExpiryBeyondTwelveMonths => string.Create(CultureInfo.InvariantCulture, $"until: {Date(request.Until)} is more than {DecisionRules.MaximumOverrideMonths} months after {on}; nothing was recorded."),
            DecisionRefusal.UnknownOverride => $"override: partner '{request.Partner}' has no override recorded as decision {request.OverrideSequence}; nothing was recorded.",
            DecisionRefusal.OverrideAlreadyEnded => $"override: the override recorded as decision {request.OverrideSequence} has already ended on {on}; nothing was recorded.",
            DecisionRefusal.ReasonMissing => "reason: say why the decision is taken; nothing was recorded.",
            _ => throw new ArgumentOutOfRangeException(nameof(refusal), refusal, null),
        };
    }

    private static string Date(DateOnly? day) => day is { } value ? IsoDate.Format(value) : "(none)";
}
