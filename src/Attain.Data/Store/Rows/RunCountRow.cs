namespace Attain.Data.Store.Rows;

/// <summary>
/// How many of a run's standings have one level, market and at-risk flag: counted while the run is recorded and
/// stored when it completes, so the summary and the counts of the filtered lists are a handful of rows to add up
/// rather than a scan of every standing (a million at program scale).
/// </summary>
public sealed class RunCountRow
{
    public long RunId { get; set; }

    /// <summary>The level held, or "none", as in <see cref="PartnerStandingRow.Level"/>.</summary>
    public required string Level { get; set; }

    /// <summary>"developed" or "developing", as in <see cref="PartnerStandingRow.Market"/>.</summary>
    public required string Market { get; set; }

    public bool AtRisk { get; set; }

    public long Partners { get; set; }
}
