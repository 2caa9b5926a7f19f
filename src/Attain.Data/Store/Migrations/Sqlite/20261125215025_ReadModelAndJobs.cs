using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Attain.Data.Store.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReadModelAndJobs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "evaluation_runs",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    as_of = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    catalog_version_id = table.Column<int>(type: "INTEGER", nullable: false),
                    started_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    completed_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    partners = table.Column<long>(type: "INTEGER", nullable: false),
                    snapshots_recorded = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_evaluation_runs", x => x.id);
                    table.ForeignKey(
                        name: "FK_evaluation_runs_catalog_versions_catalog_version_id",
                        column: x => x.catalog_version_id,
                        principalTable: "catalog_versions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "jobs",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    kind = table.Column<string>(type: "TEXT", nullable: false),
                    state = table.Column<string>(type: "TEXT", nullable: false),
                    as_of = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    started_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    finished_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    done = table.Column<long>(type: "INTEGER", nullable: false),
                    total = table.Column<long>(type: "INTEGER", nullable: false),
                    import_counts_json = table.Column<string>(type: "TEXT", nullable: true),
                    catalog_version_id = table.Column<int>(type: "INTEGER", nullable: true),
                    evaluation_run_id = table.Column<long>(type: "INTEGER", nullable: true),
                    snapshots_recorded = table.Column<long>(type: "INTEGER", nullable: true),
                    error = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_jobs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "partner_standings",
                columns: table => new
                {
                    run_id = table.Column<long>(type: "INTEGER", nullable: false),
                    partner_id = table.Column<string>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", nullable: false),
                    search_key = table.Column<string>(type: "TEXT", nullable: false),
                    country = table.Column<string>(type: "TEXT", nullable: false),
                    market = table.Column<string>(type: "TEXT", nullable: false),
                    level = table.Column<string>(type: "TEXT", nullable: false),
                    level_rank = table.Column<int>(type: "INTEGER", nullable: false),
                    ttm_revenue_cents = table.Column<long>(type: "INTEGER", nullable: false),
                    next_level = table.Column<string>(type: "TEXT", nullable: true),
                    revenue_shortfall_cents = table.Column<long>(type: "INTEGER", nullable: true),
                    additional_exam_passes = table.Column<int>(type: "INTEGER", nullable: true),
                    new_individuals = table.Column<int>(type: "INTEGER", nullable: true),
                    lapse_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    lapse_requirement_id = table.Column<string>(type: "TEXT", nullable: true),
                    at_risk = table.Column<bool>(type: "INTEGER", nullable: false),
                    as_of = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    catalog_version_id = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_partner_standings", x => new { x.run_id, x.partner_id });
                    table.ForeignKey(
                        name: "FK_partner_standings_evaluation_runs_run_id",
                        column: x => x.run_id,
                        principalTable: "evaluation_runs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_evaluation_runs_catalog_version_id",
                table: "evaluation_runs",
                column: "catalog_version_id");

            migrationBuilder.CreateIndex(
                name: "IX_jobs_state",
                table: "jobs",
                column: "state");

            migrationBuilder.CreateIndex(
                name: "IX_partner_standings_run_id_at_risk_lapse_on",
                table: "partner_standings",
                columns: new[] { "run_id", "at_risk", "lapse_on" });

            migrationBuilder.CreateIndex(
                name: "IX_partner_standings_run_id_country",
                table: "partner_standings",
                columns: new[] { "run_id", "country" });

            migrationBuilder.CreateIndex(
                name: "IX_partner_standings_run_id_lapse_on",
                table: "partner_standings",
                columns: new[] { "run_id", "lapse_on" });

            migrationBuilder.CreateIndex(
                name: "IX_partner_standings_run_id_level_market",
                table: "partner_standings",
                columns: new[] { "run_id", "level", "market" });

            migrationBuilder.CreateIndex(
                name: "IX_partner_standings_run_id_level_rank",
                table: "partner_standings",
                columns: new[] { "run_id", "level_rank" });

            migrationBuilder.CreateIndex(
                name: "IX_partner_standings_run_id_market",
                table: "partner_standings",
                columns: new[] { "run_id", "market" });

            migrationBuilder.CreateIndex(
                name: "IX_partner_standings_run_id_name",
                table: "partner_standings",
                columns: new[] { "run_id", "name" });

            migrationBuilder.CreateIndex(
                name: "IX_partner_standings_run_id_next_level",
                table: "partner_standings",
                columns: new[] { "run_id", "next_level" });

            migrationBuilder.CreateIndex(
                name: "IX_partner_standings_run_id_revenue_shortfall_cents",
                table: "partner_standings",
                columns: new[] { "run_id", "revenue_shortfall_cents" });

            migrationBuilder.CreateIndex(
                name: "IX_partner_standings_run_id_ttm_revenue_cents",
                table: "partner_standings",
                columns: new[] { "run_id", "ttm_revenue_cents" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "jobs");

            migrationBuilder.DropTable(
                name: "partner_standings");

            migrationBuilder.DropTable(
                name: "evaluation_runs");
        }
    }
}
