using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrossBorderHub.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ConnectorKit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "throttle_wait",
                table: "sync_runs",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "status",
                table: "stores",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "Active");

            migrationBuilder.AddColumn<long>(
                name: "status_changed_at",
                table: "stores",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "status_reason",
                table: "stores",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "rotation_lease_until",
                table: "store_credentials",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "version",
                table: "store_credentials",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateTable(
                name: "commands",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    store_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<int>(type: "INTEGER", nullable: false),
                    order_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    idempotency_key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    request_hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    payload = table.Column<string>(type: "TEXT", nullable: false),
                    status = table.Column<int>(type: "INTEGER", nullable: false),
                    attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    next_attempt_at = table.Column<long>(type: "INTEGER", nullable: false),
                    claim = table.Column<Guid>(type: "TEXT", nullable: true),
                    lease_until = table.Column<long>(type: "INTEGER", nullable: true),
                    marketplace_reference = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    result = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    error = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    completed_at = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_commands", x => x.id);
                    table.ForeignKey(
                        name: "fk_commands_stores_store_id",
                        column: x => x.store_id,
                        principalTable: "stores",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_commands_status_next_attempt_at",
                table: "commands",
                columns: new[] { "status", "next_attempt_at" });

            migrationBuilder.CreateIndex(
                name: "ix_commands_store_id_created_at",
                table: "commands",
                columns: new[] { "store_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ux_commands_kind_idempotency_key",
                table: "commands",
                columns: new[] { "kind", "idempotency_key" },
                unique: true);

            // Stores connected before statuses existed: their status dates from their connection.
            migrationBuilder.Sql("UPDATE stores SET status_changed_at = created_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "commands");

            migrationBuilder.DropColumn(
                name: "throttle_wait",
                table: "sync_runs");

            migrationBuilder.DropColumn(
                name: "status",
                table: "stores");

            migrationBuilder.DropColumn(
                name: "status_changed_at",
                table: "stores");

            migrationBuilder.DropColumn(
                name: "status_reason",
                table: "stores");

            migrationBuilder.DropColumn(
                name: "rotation_lease_until",
                table: "store_credentials");

            migrationBuilder.DropColumn(
                name: "version",
                table: "store_credentials");
        }
    }
}
