using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Attain.Data.Store.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RunCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "run_counts",
                columns: table => new
                {
                    run_id = table.Column<long>(type: "bigint", nullable: false),
                    level = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    market = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    at_risk = table.Column<bool>(type: "boolean", nullable: false),
                    partners = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_run_counts", x => new { x.run_id, x.level, x.market, x.at_risk });
                    table.ForeignKey(
                        name: "FK_run_counts_evaluation_runs_run_id",
                        column: x => x.run_id,
                        principalTable: "evaluation_runs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            // A store evaluated before this version has no counts: they are those of its completed runs' standings.
            migrationBuilder.Sql(
                "INSERT INTO run_counts (run_id, level, market, at_risk, partners) " +
                "SELECT run_id, level, market, at_risk, COUNT(*) FROM partner_standings " +
                "WHERE run_id IN (SELECT id FROM evaluation_runs WHERE completed_at_utc IS NOT NULL) " +
                "GROUP BY run_id, level, market, at_risk");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "run_counts");
        }
    }
}
