namespace Attain.Core.Membership;

/// <summary>
/// A decision of the program operator about one partner (SPEC §6). Decisions are kept in an append-only log:
/// <see cref="Sequence"/> is the log's order, <see cref="DecidedAt"/> and <see cref="By"/> say when and who,
/// <see cref="EffectiveOn"/> is the calendar day from which it applies when membership is replayed.
/// </summary>
public abstract record OperatorDecision(long Sequence, DateOnly EffectiveOn, DateTimeOffset DecidedAt, string By, string Reason);
