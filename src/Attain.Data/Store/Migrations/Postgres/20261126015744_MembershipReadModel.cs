using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Attain.Data.Store.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class MembershipReadModel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "partner_memberships",
                columns: table => new
                {
                    run_id = table.Column<long>(type: "bigint", nullable: false),
                    partner_id = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    name = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    market = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    as_of = table.Column<DateOnly>(type: "date", nullable: false),
                    catalog_version_id = table.Column<int>(type: "integer", nullable: false),
                    held_level = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    base_level = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    attained_on = table.Column<DateOnly>(type: "date", nullable: true),
                    anniversary = table.Column<DateOnly>(type: "date", nullable: true),
                    window_closes = table.Column<DateOnly>(type: "date", nullable: true),
                    renewed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    qualifying_level = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    latest_evaluation_on = table.Column<DateOnly>(type: "date", nullable: true),
                    at_risk = table.Column<bool>(type: "boolean", nullable: false),
                    at_risk_projected_on = table.Column<DateOnly>(type: "date", nullable: true),
                    at_risk_projected_level = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    at_risk_requirements = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    at_risk_departures = table.Column<int>(type: "integer", nullable: false),
                    at_risk_first_departure = table.Column<DateOnly>(type: "date", nullable: true),
                    pending_from = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    pending_to = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    pending_due_since = table.Column<DateOnly>(type: "date", nullable: true),
                    deferred_until = table.Column<DateOnly>(type: "date", nullable: true),
                    override_decision = table.Column<long>(type: "bigint", nullable: true),
                    override_level = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    override_from = table.Column<DateOnly>(type: "date", nullable: true),
                    override_until = table.Column<DateOnly>(type: "date", nullable: true),
                    override_by = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    override_reason = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    override_is_deferral = table.Column<bool>(type: "boolean", nullable: false),
                    remind_anniversary = table.Column<bool>(type: "boolean", nullable: false),
                    remind_renewal = table.Column<bool>(type: "boolean", nullable: false),
                    remind_renewal_second = table.Column<bool>(type: "boolean", nullable: false),
                    remind_demotion = table.Column<bool>(type: "boolean", nullable: false),
                    remind_override = table.Column<bool>(type: "boolean", nullable: false),
                    reminder_on = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_partner_memberships", x => new { x.run_id, x.partner_id });
                    table.ForeignKey(
                        name: "FK_partner_memberships_partner_standings_run_id_partner_id",
                        columns: x => new { x.run_id, x.partner_id },
                        principalTable: "partner_standings",
                        principalColumns: new[] { "run_id", "partner_id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_partner_memberships_run_id_at_risk_anniversary_partner_id",
                table: "partner_memberships",
                columns: new[] { "run_id", "at_risk", "anniversary", "partner_id" });

            migrationBuilder.CreateIndex(
                name: "IX_partner_memberships_run_id_held_level_market",
                table: "partner_memberships",
                columns: new[] { "run_id", "held_level", "market" });

            migrationBuilder.CreateIndex(
                name: "IX_partner_memberships_run_id_pending_due_since_partner_id",
                table: "partner_memberships",
                columns: new[] { "run_id", "pending_due_since", "partner_id" });

            migrationBuilder.CreateIndex(
                name: "IX_partner_memberships_run_id_reminder_on_partner_id",
                table: "partner_memberships",
                columns: new[] { "run_id", "reminder_on", "partner_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "partner_memberships");
        }
    }
}
