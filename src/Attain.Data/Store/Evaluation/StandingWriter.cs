using Attain.Data.Store.Import;
using Attain.Data.Store.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Attain.Data.Store.Evaluation;

/// <summary>
/// Appends a batch of the read model's standings the way the import loads a table: binary COPY on PostgreSQL, a
/// prepared multi-row INSERT on SQLite, inside the caller's transaction. EF's change tracking cost more than the
/// evaluation itself at program scale (an INSERT per row, and on SQLite a commit per batch of its own).
/// </summary>
public static class StandingWriter
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

    public static async Task WriteAsync(AttainDbContext db, IReadOnlyList<PartnerStandingRow> rows, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0)
        {
            return;
        }

        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Standings are written inside the caller's transaction: begin one first.");
        IStager stager = db is PostgresAttainDbContext ? new PostgresCopyStager() : new SqliteBatchStager();
        var connection = db.Database.GetDbConnection();
        // The sinks are synchronous (the import drives them from its CSV reader's thread): off the caller's thread here.
        await Task.Run(
            () =>
            {
                using var sink = stager.Open(connection, transaction, Standings, intoTable: true);
                foreach (var row in rows)
                {
                    sink.Add(row);
                }

                sink.Complete();
            },
            cancellationToken);
    }
}
