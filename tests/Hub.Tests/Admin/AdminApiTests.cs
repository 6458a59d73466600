using CrossBorderHub.Hub.Tests.Infrastructure;

namespace CrossBorderHub.Hub.Tests.Admin;

public sealed class SqliteAdminApiTests : AdminScenarios
{
    [Fact]
    public Task Schedules_are_edited_at_run_time_and_survive_a_restart_on_sqlite() => Schedules_are_edited_at_run_time_and_survive_a_restart();

    [Fact]
    public Task Run_now_backfill_and_rate_budgets_answer_on_sqlite() => Run_now_backfill_and_rate_budgets_answer_for_a_store();

    protected override DatabaseUnderTest CreateDatabase(string folder) => DatabaseUnderTest.Sqlite(folder);
}

public sealed class PostgreSqlAdminApiTests : AdminScenarios
{
    [PostgreSqlFact]
    public Task Schedules_are_edited_at_run_time_and_survive_a_restart_on_postgresql() => Schedules_are_edited_at_run_time_and_survive_a_restart();

    [PostgreSqlFact]
    public Task Run_now_backfill_and_rate_budgets_answer_on_postgresql() => Run_now_backfill_and_rate_budgets_answer_for_a_store();

    protected override DatabaseUnderTest CreateDatabase(string folder) => DatabaseUnderTest.PostgreSql();
}
