using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Attain.Data.Store.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "catalog_versions",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    digest = table.Column<string>(type: "TEXT", nullable: false),
                    catalog_id = table.Column<string>(type: "TEXT", nullable: false),
                    label = table.Column<string>(type: "TEXT", nullable: false),
                    catalog_json = table.Column<string>(type: "TEXT", nullable: false),
                    markets_csv = table.Column<string>(type: "TEXT", nullable: true),
                    loaded_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_catalog_versions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "customers",
                columns: table => new
                {
                    customer_id = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_customers", x => x.customer_id);
                });

            migrationBuilder.CreateTable(
                name: "partners",
                columns: table => new
                {
                    partner_id = table.Column<string>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", nullable: false),
                    country = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_partners", x => x.partner_id);
                });

            migrationBuilder.CreateTable(
                name: "revenue",
                columns: table => new
                {
                    customer_id = table.Column<string>(type: "TEXT", nullable: false),
                    month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    product = table.Column<string>(type: "TEXT", nullable: false),
                    amount_usd = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_revenue", x => new { x.customer_id, x.month, x.product });
                    table.ForeignKey(
                        name: "FK_revenue_customers_customer_id",
                        column: x => x.customer_id,
                        principalTable: "customers",
                        principalColumn: "customer_id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "dpor",
                columns: table => new
                {
                    customer_id = table.Column<string>(type: "TEXT", nullable: false),
                    from_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    partner_id = table.Column<string>(type: "TEXT", nullable: false),
                    to_date = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dpor", x => new { x.customer_id, x.from_date });
                    table.ForeignKey(
                        name: "FK_dpor_customers_customer_id",
                        column: x => x.customer_id,
                        principalTable: "customers",
                        principalColumn: "customer_id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_dpor_partners_partner_id",
                        column: x => x.partner_id,
                        principalTable: "partners",
                        principalColumn: "partner_id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "individuals",
                columns: table => new
                {
                    individual_id = table.Column<string>(type: "TEXT", nullable: false),
                    partner_id = table.Column<string>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", nullable: false),
                    associated_from = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    associated_to = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_individuals", x => x.individual_id);
                    table.ForeignKey(
                        name: "FK_individuals_partners_partner_id",
                        column: x => x.partner_id,
                        principalTable: "partners",
                        principalColumn: "partner_id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "snapshots",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    partner_id = table.Column<string>(type: "TEXT", nullable: false),
                    as_of = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    catalog_version_id = table.Column<int>(type: "INTEGER", nullable: false),
                    input_digest = table.Column<string>(type: "TEXT", nullable: false),
                    level = table.Column<string>(type: "TEXT", nullable: false),
                    ttm_revenue_usd = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    result_json = table.Column<string>(type: "TEXT", nullable: false),
                    evaluated_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_snapshots", x => x.id);
                    table.ForeignKey(
                        name: "FK_snapshots_catalog_versions_catalog_version_id",
                        column: x => x.catalog_version_id,
                        principalTable: "catalog_versions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_snapshots_partners_partner_id",
                        column: x => x.partner_id,
                        principalTable: "partners",
                        principalColumn: "partner_id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "exam_passes",
                columns: table => new
                {
                    individual_id = table.Column<string>(type: "TEXT", nullable: false),
                    exam = table.Column<string>(type: "TEXT", nullable: false),
                    passed_on = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_exam_passes", x => new { x.individual_id, x.exam, x.passed_on });
                    table.ForeignKey(
                        name: "FK_exam_passes_individuals_individual_id",
                        column: x => x.individual_id,
                        principalTable: "individuals",
                        principalColumn: "individual_id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_catalog_versions_digest",
                table: "catalog_versions",
                column: "digest",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_dpor_partner_id",
                table: "dpor",
                column: "partner_id");

            migrationBuilder.CreateIndex(
                name: "IX_individuals_partner_id",
                table: "individuals",
                column: "partner_id");

            migrationBuilder.CreateIndex(
                name: "IX_snapshots_catalog_version_id",
                table: "snapshots",
                column: "catalog_version_id");

            migrationBuilder.CreateIndex(
                name: "IX_snapshots_partner_id_as_of_catalog_version_id_input_digest",
                table: "snapshots",
                columns: new[] { "partner_id", "as_of", "catalog_version_id", "input_digest" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "dpor");

            migrationBuilder.DropTable(
                name: "exam_passes");

            migrationBuilder.DropTable(
                name: "revenue");

            migrationBuilder.DropTable(
                name: "snapshots");

            migrationBuilder.DropTable(
                name: "individuals");

            migrationBuilder.DropTable(
                name: "customers");

            migrationBuilder.DropTable(
                name: "catalog_versions");

            migrationBuilder.DropTable(
                name: "partners");
        }
    }
}
