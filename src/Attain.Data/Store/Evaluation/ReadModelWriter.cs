using Attain.Data.Store.Import;
using Attain.Data.Store.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Attain.Data.Store.Evaluation;

/// <summary>
/// Appends a batch of the read model's rows (standings, memberships) the way the import loads a table: binary COPY on
/// PostgreSQL, a prepared multi-row INSERT on SQLite, inside the caller's transaction. EF's change tracking cost more
/// than the evaluation itself at program scale (an INSERT per row through the change tracker).
/// </summary>
public static class ReadModelWriter
{
    private static readonly StagedTable<PartnerStandingRow> Standings = new(
        "partner_standings",
        [
            new("run_id", ColumnKind.BigNumber, true), new("partner_id", ColumnKind.Text, true), new("name", ColumnKind.Text, false),
            new("search_key", ColumnKind.Text, false), new("country", ColumnKind.Text, false), new("market", ColumnKind.Text, false),
            new("level", ColumnKind.Text, false), new("level_rank", ColumnKind.Number, false), new("ttm_revenue_cents", ColumnKind.BigNumber, false),
            new("next_level", ColumnKind.Text, false), new("revenue_shortfall_cents", ColumnKind.BigNumber, false),
            new("additional_exam_passes", ColumnKind.Number, false), new("new_individuals", ColumnKind.Number, false),
            new("lapse_on", ColumnKind.NullableDate, false), new("lapse_requirement_id", ColumnKind.Text, false),
            new("at_risk", ColumnKind.Flag, false), new("as_of", ColumnKind.Date, false), new("catalog_version_id", ColumnKind.Number, false),
        ],
        row =>
        [
            row.RunId, row.PartnerId, row.Name, row.SearchKey, row.Country, row.Market, row.Level, row.LevelRank, row.TtmRevenueCents,
            row.NextLevel, row.RevenueShortfallCents, row.AdditionalExamPasses, row.NewIndividuals, row.LapseOn, row.LapseRequirementId,
            row.AtRisk, row.AsOf, row.CatalogVersionId,
        ]);

    private static readonly StagedTable<PartnerMembershipRow> Memberships = new(
        "partner_memberships",
        [
            new("run_id", ColumnKind.BigNumber, true), new("partner_id", ColumnKind.Text, true), new("name", ColumnKind.Text, false),
            new("market", ColumnKind.Text, false), new("as_of", ColumnKind.Date, false), new("catalog_version_id", ColumnKind.Number, false),
            new("held_level", ColumnKind.Text, false), new("base_level", ColumnKind.Text, false), new("attained_on", ColumnKind.NullableDate, false),
            new("anniversary", ColumnKind.NullableDate, false), new("window_closes", ColumnKind.NullableDate, false),
            new("renewed_on", ColumnKind.NullableDate, false), new("qualifying_level", ColumnKind.Text, false),
            new("latest_evaluation_on", ColumnKind.NullableDate, false), new("at_risk", ColumnKind.Flag, false),
            new("at_risk_projected_on", ColumnKind.NullableDate, false), new("at_risk_projected_level", ColumnKind.Text, false),
            new("at_risk_requirements", ColumnKind.Text, false), new("at_risk_departures", ColumnKind.Number, false),
            new("at_risk_first_departure", ColumnKind.NullableDate, false), new("pending_from", ColumnKind.Text, false),
            new("pending_to", ColumnKind.Text, false), new("pending_due_since", ColumnKind.NullableDate, false),
            new("deferred_until", ColumnKind.NullableDate, false), new("override_decision", ColumnKind.BigNumber, false),
            new("override_level", ColumnKind.Text, false), new("override_from", ColumnKind.NullableDate, false),
            new("override_until", ColumnKind.NullableDate, false), new("override_by", ColumnKind.Text, false),
            new("override_reason", ColumnKind.Text, false), new("override_is_deferral", ColumnKind.Flag, false),
            new("remind_anniversary", ColumnKind.Flag, false), new("remind_renewal", ColumnKind.Flag, false),
            new("remind_renewal_second", ColumnKind.Flag, false), new("remind_demotion", ColumnKind.Flag, false),
            new("remind_override", ColumnKind.Flag, false), new("reminder_on", ColumnKind.NullableDate, false),
        ],
        row =>
        [
            row.RunId, row.PartnerId, row.Name, row.Market, row.AsOf, row.CatalogVersionId, row.HeldLevel, row.BaseLevel, row.AttainedOn,
            row.Anniversary, row.WindowCloses, row.RenewedOn, row.QualifyingLevel, row.LatestEvaluationOn, row.AtRisk,
            row.AtRiskProjectedOn, row.AtRiskProjectedLevel, row.AtRiskRequirements, row.AtRiskDepartures, row.AtRiskFirstDeparture,
            row.PendingFrom, row.PendingTo, row.PendingDueSince, row.DeferredUntil, row.OverrideDecision, row.OverrideLevel,
            row.OverrideFrom, row.OverrideUntil, row.OverrideBy, row.OverrideReason, row.OverrideIsDeferral, row.RemindAnniversary,
            row.RemindRenewal, row.RemindRenewalSecond, row.RemindDemotion, row.RemindOverride, row.ReminderOn,
        ]);

    /// <summary>Appends standings of run <paramref name="runId"/> to the run's table (<see cref="RunTables"/>).</summary>
    public static Task WriteAsync(AttainDbContext db, long runId, IReadOnlyList<PartnerStandingRow> rows, CancellationToken cancellationToken = default) =>
        WriteAsync(db, runId, Standings, rows, cancellationToken);

    /// <summary>Appends memberships of run <paramref name="runId"/> to the run's table (<see cref="RunTables"/>).</summary>
    public static Task WriteAsync(AttainDbContext db, long runId, IReadOnlyList<PartnerMembershipRow> rows, CancellationToken cancellationToken = default) =>
        WriteAsync(db, runId, Memberships, rows, cancellationToken);

    private static async Task WriteAsync<TRow>(AttainDbContext db, long runId, StagedTable<TRow> table, IReadOnlyList<TRow> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0)
        {
            return;
        }

        table = table with { Name = RunTables.Of(db, table.Name, runId) };

        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("The read model is written inside the caller's transaction: begin one first.");
        IStager stager = db is PostgresAttainDbContext ? new PostgresCopyStager() : new SqliteBatchStager();
        var connection = db.Database.GetDbConnection();
        // The sinks are synchronous (the import drives them from its CSV reader's thread): off the caller's thread here.
        await Task.Run(
            () =>
            {
                using var sink = stager.Open(connection, transaction, table, intoTable: true);
                foreach (var row in rows)
                {
                    sink.Add(row);
                }

                sink.Complete();
            },
            cancellationToken);
    }
}
