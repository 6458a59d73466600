using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrossBorderHub.Persistence.Migrations.PostgreSql
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
                    store_id = table.Column<Guid>(type: "uuid", nullable: false),
                    entity = table.Column<int>(type: "integer", nullable: false),
                    interval = table.Column<long>(type: "bigint", nullable: true),
                    cron = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    paused = table.Column<bool>(type: "boolean", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
