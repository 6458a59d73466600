namespace CrossBorderHub.Dashboard.Tests.Infrastructure;

public sealed class SqliteDashboardFixture : DashboardFixture
{
    protected override TestDatabase CreateDatabase(string folder) => TestDatabase.Sqlite(folder);
}
