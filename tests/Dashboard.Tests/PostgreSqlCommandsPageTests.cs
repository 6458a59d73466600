using CrossBorderHub.Dashboard.Tests.Infrastructure;

namespace CrossBorderHub.Dashboard.Tests;

public sealed class PostgreSqlCommandsPageTests(PostgreSqlDashboardFixture fixture) : CommandsPageTests<PostgreSqlDashboardFixture>(fixture);
