using System.Reflection;
using Xunit.Sdk;

namespace CrossBorderHub.Persistence.Tests.Infrastructure;

/// <summary>
/// The PostgreSQL row of a provider theory. Skipped on a developer machine without CBH_TEST_POSTGRES; never skipped
/// when CI=true, where a missing server makes the test fail with instructions instead.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgreSqlDataAttribute : DataAttribute
{
    public override string? Skip
    {
        get => TestPostgres.ConnectionString is null && !TestPostgres.InCi ? TestPostgres.Missing : null;
        set => throw new NotSupportedException("Skip follows the environment.");
    }

    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[DatabaseProvider.PostgreSql]];
}
