using Attain.Core.Model;

namespace Attain.Program.Membership;

/// <summary>
/// An operator's decision as asked for (CLI or API): <see cref="Kind"/> is approve, defer, override or revoke;
/// <see cref="EffectiveOn"/> defaults to today and <see cref="Until"/> to 3 months after it.
/// </summary>
public sealed record DecisionRequest(
    PartnerId Partner,
    string Kind,
    string By,
    string Reason,
    DateOnly? EffectiveOn = null,
    DateOnly? Until = null,
    LevelId? Level = null,
    long? OverrideSequence = null);
