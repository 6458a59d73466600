using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrossBorderHub.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class StoreLifecycle : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "status",
                table: "stores",
                type: "nvarchar(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "Active");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "status_changed_at",
                table: "stores",
                type: "datetimeoffset",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<string>(
                name: "status_reason",
                table: "stores",
                type: "nvarchar(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "rotation_lease_until",
                table: "store_credentials",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "version",
                table: "store_credentials",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            // Stores connected before statuses existed: their status dates from their connection.
            migrationBuilder.Sql("UPDATE stores SET status_changed_at = created_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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
