namespace CrossBorderHub.Dashboard.Tests.Infrastructure;

public sealed class PostgreSqlDashboardFixture : DashboardFixture
{
    protected override TestDatabase CreateDatabase(string folder) => TestDatabase.PostgreSql();
}
