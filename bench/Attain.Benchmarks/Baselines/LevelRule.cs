using Attain.Core.Catalog;
using Attain.Core.Catalog.Requirements;

namespace Attain.Benchmarks.Baselines;

/// <summary>
/// One level's figures, as a rule written by hand would hold them: two thresholds and the seats of the two
/// slot kinds. With two slot kinds, distinct individuals can fill all seats exactly when each kind has enough
/// qualified people and the people qualified for either are at least the seats in total (Hall's theorem).
/// </summary>
public sealed record LevelRule(string Level, decimal Developed, decimal Developing, int AppDeploymentSeats, int CustomizationSeats)
{
    public static IReadOnlyList<LevelRule> From(CompetencyCatalog catalog) =>
        catalog.Levels.Select(level =>
        {
            var revenue = level.Requirements.OfType<RevenueThreshold>().Single();
            var slots = level.Requirements.OfType<ExamSlots>().Single().Slots;
            return new LevelRule(
                level.Id.Value,
                revenue.ThresholdFor(Attain.Core.Model.Market.Developed).Amount,
                revenue.ThresholdFor(Attain.Core.Model.Market.Developing).Amount,
                slots.Single(slot => slot.Groups.Count == 2).Count,
                slots.Single(slot => slot.Groups.Count == 1).Count);
        }).ToList();

    public bool IsMetBy(VerdictInputs inputs) =>
        inputs.TtmRevenue >= (inputs.Developed ? Developed : Developing)
        && inputs.AppDeployment >= AppDeploymentSeats
        && inputs.Customization >= CustomizationSeats
        && inputs.Either >= AppDeploymentSeats + CustomizationSeats;
}
