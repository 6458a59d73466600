using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrossBorderHub.Persistence.Migrations.SqlServer
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
                    store_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    entity = table.Column<int>(type: "int", nullable: false),
                    interval = table.Column<long>(type: "bigint", nullable: true),
                    cron = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: true),
                    paused = table.Column<bool>(type: "bit", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
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
