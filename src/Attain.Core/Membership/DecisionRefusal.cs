namespace Attain.Core.Membership;

/// <summary>Why an operator decision cannot be recorded (SPEC §6); hosts word each in the user's language.</summary>
public enum DecisionRefusal
{
    NoPendingDemotion,
    UnknownLevel,
    ExpiryNotAfterStart,
    ExpiryBeyondTwelveMonths,
    UnknownOverride,
    OverrideAlreadyEnded,
    ReasonMissing,
}
