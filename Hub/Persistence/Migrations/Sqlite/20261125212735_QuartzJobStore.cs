using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrossBorderHub.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class QuartzJobStore : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var statement in QuartzTables.Create)
            {
                migrationBuilder.Sql(statement);
            }

            migrationBuilder.CreateIndex(
                name: "ix_sync_runs_finished_at",
                table: "sync_runs",
                column: "finished_at");

            migrationBuilder.CreateIndex(
                name: "ux_sync_runs_store_id_entity",
                table: "sync_runs",
                columns: new[] { "store_id", "entity" },
                unique: true,
                filter: "\"status\" = 0 AND \"trigger\" = 'manual'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var statement in QuartzTables.Drop)
            {
                migrationBuilder.Sql(statement);
            }

            migrationBuilder.DropIndex(
                name: "ix_sync_runs_finished_at",
                table: "sync_runs");

            migrationBuilder.DropIndex(
                name: "ux_sync_runs_store_id_entity",
                table: "sync_runs");
        }
    }
}
