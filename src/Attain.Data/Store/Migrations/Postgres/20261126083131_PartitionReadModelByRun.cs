using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Attain.Data.Store.Migrations.Postgres
{
    /// <summary>
    /// The read model (partner_standings, partner_memberships) partitioned by run, a table per run
    /// (Store/Evaluation/RunTables.cs): a run's rows are indexed once when attached and dropped whole when replaced.
    /// The rows, indexes and keys are kept as they are: their definitions are read from the catalog and re-created on
    /// the partitioned tables, so this migration does not restate them. Down turns them back into plain tables.
    /// </summary>
    public partial class PartitionReadModelByRun : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) =>
            migrationBuilder.Sql(Rebuild(partitioned: true));

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) =>
            migrationBuilder.Sql(Rebuild(partitioned: false));

        // Both tables rebuilt in one block (an index of a partitioned table reads "ON ONLY", which would leave the
        // partitions unindexed if run as it reads): their primary keys, then indexes, then foreign keys (the memberships' refers to
        // the standings' key) captured first, the rows moved into the new tables, the old ones dropped, the definitions
        // run again against the new tables of the same names.
        private static string Rebuild(bool partitioned) => $$"""
            DO $rebuild$
            DECLARE
              definitions text[];
              statement text;
              run bigint;
            BEGIN
              SELECT array_agg(definition ORDER BY step, name) INTO definitions FROM (
                SELECT CASE c.contype WHEN 'p' THEN 1 ELSE 3 END AS step, c.conname AS name,
                       format('ALTER TABLE %I ADD CONSTRAINT %I %s', t.relname, c.conname, pg_get_constraintdef(c.oid)) AS definition
                FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid
                WHERE t.relnamespace = current_schema()::regnamespace AND t.relname IN ('partner_standings', 'partner_memberships')
                  AND c.contype IN ('p', 'f') AND c.conparentid = 0
                UNION ALL
                SELECT 2, i.indexname, replace(i.indexdef, ' ON ONLY ', ' ON ')
                FROM pg_indexes i
                WHERE i.schemaname = current_schema() AND i.tablename IN ('partner_standings', 'partner_memberships')
                  AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = (quote_ident(i.schemaname) || '.' || quote_ident(i.indexname))::regclass AND c.contype = 'p')
              ) AS parts;

              ALTER TABLE partner_memberships RENAME TO partner_memberships_before;
              ALTER TABLE partner_standings RENAME TO partner_standings_before;
              CREATE TABLE partner_standings (LIKE partner_standings_before INCLUDING DEFAULTS){{(partitioned ? " PARTITION BY LIST (run_id)" : string.Empty)}};
              CREATE TABLE partner_memberships (LIKE partner_memberships_before INCLUDING DEFAULTS){{(partitioned ? " PARTITION BY LIST (run_id)" : string.Empty)}};
              {{(partitioned ? """
              FOR run IN SELECT run_id FROM partner_standings_before UNION SELECT run_id FROM partner_memberships_before LOOP
                EXECUTE format('CREATE TABLE %I PARTITION OF partner_standings FOR VALUES IN (%s)', 'partner_standings_run_' || run, run);
                EXECUTE format('CREATE TABLE %I PARTITION OF partner_memberships FOR VALUES IN (%s)', 'partner_memberships_run_' || run, run);
              END LOOP;
              """ : string.Empty)}}
              INSERT INTO partner_standings SELECT * FROM partner_standings_before;
              INSERT INTO partner_memberships SELECT * FROM partner_memberships_before;
              DROP TABLE partner_memberships_before;
              DROP TABLE partner_standings_before;
              {{(partitioned ? string.Empty : """
              -- A run's tables that were never attached (a run cut short) have no place in plain tables.
              FOR statement IN SELECT format('DROP TABLE %I', c.relname) FROM pg_class c
                WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r'
                  AND (c.relname LIKE 'partner\_memberships\_run\_%' OR c.relname LIKE 'partner\_standings\_run\_%')
                ORDER BY c.relname LIKE 'partner\_standings%' LOOP
                EXECUTE statement;
              END LOOP;
              """)}}
              FOREACH statement IN ARRAY definitions LOOP
                EXECUTE statement;
              END LOOP;
            END
            $rebuild$;
            """;
    }
}
