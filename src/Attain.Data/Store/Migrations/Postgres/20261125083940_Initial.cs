using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Attain.Data.Store.Migrations.Postgres
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
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    digest = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    catalog_id = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    label = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    catalog_json = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    markets_csv = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    loaded_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_catalog_versions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "customers",
                columns: table => new
                {
                    customer_id = table.Column<string>(type: "text", nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_customers", x => x.customer_id);
                });

            migrationBuilder.CreateTable(
                name: "partners",
                columns: table => new
                {
                    partner_id = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    name = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    country = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_partners", x => x.partner_id);
                });

            migrationBuilder.CreateTable(
                name: "revenue",
                columns: table => new
                {
                    customer_id = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    month = table.Column<DateOnly>(type: "date", nullable: false),
                    product = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    amount_usd = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false)
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
                    customer_id = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    from_date = table.Column<DateOnly>(type: "date", nullable: false),
                    partner_id = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    to_date = table.Column<DateOnly>(type: "date", nullable: true)
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
                    individual_id = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    partner_id = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    name = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    associated_from = table.Column<DateOnly>(type: "date", nullable: true),
                    associated_to = table.Column<DateOnly>(type: "date", nullable: true)
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
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    partner_id = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    as_of = table.Column<DateOnly>(type: "date", nullable: false),
                    catalog_version_id = table.Column<int>(type: "integer", nullable: false),
                    input_digest = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    level = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    ttm_revenue_usd = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    result_json = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    evaluated_at_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    individual_id = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    exam = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    passed_on = table.Column<DateOnly>(type: "date", nullable: false)
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
