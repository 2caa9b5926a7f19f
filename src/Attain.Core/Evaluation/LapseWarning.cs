namespace Attain.Core.Evaluation;

/// <summary>
/// A partner's standing is "at risk" (<c>atRisk</c> in the partner list and summary) when the level it qualifies for
/// would lapse within <see cref="Days"/> days of the as-of date with nothing new happening (SPEC §2 lapse). Not to be
/// confused with membership's at risk (<see cref="Membership.AtRiskForecast"/>: the held level not renewed at its
/// anniversary), which the dashboard's at-risk list shows.
/// </summary>
public static class LapseWarning
{
    public const int Days = 90;

    public static bool Is(PartnerEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        return evaluation.Lapse is { } lapse && lapse.On <= evaluation.AsOf.AddDays(Days);
    }
}
