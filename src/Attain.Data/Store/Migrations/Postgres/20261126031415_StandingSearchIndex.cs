using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Attain.Data.Store.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class StandingSearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_partner_standings_run_id_search_key",
                table: "partner_standings",
                columns: new[] { "run_id", "search_key" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_partner_standings_run_id_search_key",
                table: "partner_standings");
        }
    }
}
