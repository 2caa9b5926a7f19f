namespace Attain.Program.Impact;

/// <summary>
/// What a proposed catalog would do on <see cref="AsOf"/>: the versions compared (their effectiveFrom), how many
/// partners were evaluated, and those whose level changes, sorted by partner id.
/// </summary>
public sealed record ImpactResult(DateOnly AsOf, DateOnly VersionInForce, DateOnly VersionProposed, long Evaluated, IReadOnlyList<ImpactedPartner> Changes)
{
    /// <summary>Counts per transition, the largest first, then by the level left (machine name), so every host lists them alike.</summary>
    public IReadOnlyList<TransitionCount> Transitions() =>
        [.. Changes.GroupBy(change => change.Transition)
            .Select(group => new TransitionCount(group.Key, group.Count()))
            .OrderByDescending(count => count.Partners)
            .ThenBy(count => count.Transition.FromKey, StringComparer.Ordinal)
            .ThenBy(count => count.Transition.ToKey, StringComparer.Ordinal)];

    public IEnumerable<ImpactedPartner> Where(ImpactFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return Changes.Where(filter.Matches);
    }
}
