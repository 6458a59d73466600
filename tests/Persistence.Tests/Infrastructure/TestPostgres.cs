namespace CrossBorderHub.Persistence.Tests.Infrastructure;

/// <summary>Where the PostgreSQL tests find their server: CBH_TEST_POSTGRES, without a Database (each test makes its own).</summary>
public static class TestPostgres
{
    public const string Variable = "CBH_TEST_POSTGRES";

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string Missing =>
        $"{Variable} is not set. Run .ci/postgres.sh (as root) and export " +
        $"{Variable}=\"Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres\".";

    public static string Require() =>
        ConnectionString ?? throw new InvalidOperationException(Missing + (InCi ? " CI must run the PostgreSQL tests." : ""));
}
