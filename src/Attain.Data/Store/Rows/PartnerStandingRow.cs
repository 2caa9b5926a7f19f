namespace Attain.Data.Store.Rows;

/// <summary>
/// The read model: one partner's standing (<see cref="Core.Evaluation.PartnerStanding"/>) as the evaluation run
/// <see cref="RunId"/> found it. Lists, the summary and the dashboard read these rows with indexed SQL instead of
/// evaluating again. Money is kept in cents as whole numbers because SQLite cannot order by a decimal.
/// </summary>
public sealed class PartnerStandingRow
{
    public long RunId { get; set; }

    public required string PartnerId { get; set; }

    public required string Name { get; set; }

    /// <summary>Id and name in lower case, for a case-insensitive search that reads the same on both databases.</summary>
    public required string SearchKey { get; set; }

    public required string Country { get; set; }

    /// <summary>"developed" or "developing", as in the JSON output.</summary>
    public required string Market { get; set; }

    /// <summary>The level held, or "none".</summary>
    public required string Level { get; set; }

    /// <summary>The level's place in the catalog (0 for none, 1 for the first level, …), so a sort by level sorts by rank.</summary>
    public int LevelRank { get; set; }

    public long TtmRevenueCents { get; set; }

    public string? NextLevel { get; set; }

    public long? RevenueShortfallCents { get; set; }

    public int? AdditionalExamPasses { get; set; }

    public int? NewIndividuals { get; set; }

    public DateOnly? LapseOn { get; set; }

    public string? LapseRequirementId { get; set; }

    public bool AtRisk { get; set; }

    public DateOnly AsOf { get; set; }

    public int CatalogVersionId { get; set; }
}
