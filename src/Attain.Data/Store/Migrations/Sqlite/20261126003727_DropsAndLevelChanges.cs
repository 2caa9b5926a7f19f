using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Attain.Data.Store.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DropsAndLevelChanges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "import_id",
                table: "snapshots",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "import_id",
                table: "jobs",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "level_changes_json",
                table: "jobs",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "level_changes_total",
                table: "jobs",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "imports",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    imported_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_imports", x => x.id);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "imports");

            migrationBuilder.DropColumn(
                name: "import_id",
                table: "snapshots");

            migrationBuilder.DropColumn(
                name: "import_id",
                table: "jobs");

            migrationBuilder.DropColumn(
                name: "level_changes_json",
                table: "jobs");

            migrationBuilder.DropColumn(
                name: "level_changes_total",
                table: "jobs");
        }
    }
}
