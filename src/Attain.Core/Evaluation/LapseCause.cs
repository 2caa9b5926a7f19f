namespace Attain.Core.Evaluation;

/// <summary>
/// Why the held level lapses on the lapse date (issue 11): the individuals who leave by then and the passes that stop
/// being accepted (when an exam requirement lapses that day), and the revenue months that roll out of the TTM window (when
/// the revenue requirement does). Lists are empty and <see cref="Revenue"/> is null for what is not the cause.
/// </summary>
public sealed record LapseCause(IReadOnlyList<Departure> Departures, IReadOnlyList<AcceptanceEnd> AcceptanceEnds, RevenueLeaving? Revenue);
