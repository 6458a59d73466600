using CrossBorderHub.Dashboard.Tests.Infrastructure;

namespace CrossBorderHub.Dashboard.Tests;

public sealed class SqliteCommandsPageTests(SqliteDashboardFixture fixture) : CommandsPageTests<SqliteDashboardFixture>(fixture);
