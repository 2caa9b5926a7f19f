using Attain.Core.Evaluation;
using Attain.Core.Model;

namespace Attain.Core.Membership;

/// <summary>
/// The held level would not be renewed: projected to <see cref="ProjectedOn"/> (its anniversary) with what is known
/// today, the partner qualifies only for <see cref="ProjectedLevel"/>. <see cref="Projection"/> says why (the requirements
/// it fails, the exams no longer accepted) and plans how to keep the level; <see cref="Departures"/> are the individuals
/// associated today whose recorded association ends by then, often the cause.
/// </summary>
public sealed record AtRisk(LevelId Level, DateOnly ProjectedOn, LevelId? ProjectedLevel, PartnerEvaluation Projection, IReadOnlyList<Individual> Departures);
