using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrossBorderHub.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SyncSchedules : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "sync_schedules",
                columns: table => new
                {
                    store_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    entity = table.Column<int>(type: "INTEGER", nullable: false),
                    interval = table.Column<long>(type: "INTEGER", nullable: true),
                    cron = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    paused = table.Column<bool>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sync_schedules", x => new { x.store_id, x.entity });
                    table.ForeignKey(
                        name: "fk_sync_schedules_stores_store_id",
                        column: x => x.store_id,
                        principalTable: "stores",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "sync_schedules");
        }
    }
}
