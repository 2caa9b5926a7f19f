namespace Attain.Core.Evaluation;

/// <summary>
/// A partner is at risk when the level it holds would lapse within <see cref="Days"/> days of the as-of date
/// with nothing new happening (SPEC §2 lapse): the operator's early warning, the same in every list.
/// </summary>
public static class AtRisk
{
    public const int Days = 90;

    public static bool Is(PartnerEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        return evaluation.Lapse is { } lapse && lapse.On <= evaluation.AsOf.AddDays(Days);
    }
}
