using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrossBorderHub.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Consent : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "consent_authorizations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    seller_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    marketplace = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    input = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    reauthorize_store_id = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    return_path = table.Column<string>(type: "nvarchar(1024)", maxLength: 1024, nullable: true),
                    callback_url = table.Column<string>(type: "nvarchar(2048)", maxLength: 2048, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    claimed_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    finished_at = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    status = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    store_id = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    failure = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_consent_authorizations", x => x.id);
                    table.ForeignKey(
                        name: "fk_consent_authorizations_sellers_seller_id",
                        column: x => x.seller_id,
                        principalTable: "sellers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_consent_authorizations_seller_id_created_at",
                table: "consent_authorizations",
                columns: new[] { "seller_id", "created_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "consent_authorizations");
        }
    }
}
