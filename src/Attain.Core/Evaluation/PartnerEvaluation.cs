using System.Text.Json.Serialization;
using Attain.Core.Model;

namespace Attain.Core.Evaluation;

/// <summary>
/// The whole answer for one partner as of a date: the level held (null for none), every level's
/// requirements with their figures, the individuals who count with their exams, the plan to the next level and when the held level would lapse.
/// <see cref="CatalogVersion"/> is the effectiveFrom of the catalog version in force on <see cref="AsOf"/> (SPEC §5).
/// <see cref="RevenueBeyondLimit"/> lists revenue lines left out of the figures because they are beyond ±<see cref="Usd.Limit"/>
/// (only a store written before the limit existed holds any, issue #9): null when there are none, and then not in the JSON,
/// so the output of every valid program keeps its shape.
/// </summary>
public sealed record PartnerEvaluation(
    PartnerId PartnerId,
    string PartnerName,
    CountryCode Country,
    Market Market,
    DateOnly AsOf,
    DateOnly CatalogVersion,
    MonthRange TtmWindow,
    Usd TtmRevenueUsd,
    IReadOnlyList<MonthlyFigure> RevenueByMonth,
    IReadOnlyList<Candidate> Individuals,
    LevelId? Level,
    IReadOnlyList<LevelOutcome> Levels,
    NextLevelPlan? Plan,
    Lapse? Lapse,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<MonthlyRevenue>? RevenueBeyondLimit = null);
