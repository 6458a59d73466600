namespace CrossBorderHub.Hub.Tests.Infrastructure;

/// <summary>
/// A test that needs the real PostgreSQL server. Skipped only on a developer machine without
/// CBH_TEST_POSTGRES; under CI (CI=true) it always runs, so a missing server fails the build.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgreSqlFactAttribute : FactAttribute
{
    public PostgreSqlFactAttribute()
    {
        var configured = !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(DatabaseUnderTest.PostgresVariable));
        var ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (!configured && !ci)
        {
            Skip = $"Set {DatabaseUnderTest.PostgresVariable} (bash .ci/postgres.sh starts a server) to run the PostgreSQL tests.";
        }
    }
}
