using Attain.Core.Model;

namespace Attain.Core.Evaluation;

/// <summary>
/// What one plan step adds to the next step every list shows (<see cref="NextStep"/>): revenue still missing (null when
/// none), exam passes and new individuals. A requirement kind says it in these terms, so lists need not know the kind.
/// </summary>
public sealed record PlanFigures(Usd? RevenueShortfall, int AdditionalPasses, int NewIndividuals);
