using Npgsql;

namespace CrossBorderHub.Dashboard.Tests.Infrastructure;

/// <summary>A throwaway database for one hub: a SQLite file in its folder, or a uniquely named PostgreSQL database.</summary>
public sealed record TestDatabase(string Provider, string ConnectionString, string? DropName = null)
{
    public const string PostgresVariable = "CBH_TEST_POSTGRES";

    public static TestDatabase Sqlite(string folder) => new("Sqlite", $"Data Source={Path.Combine(folder, "hub.db")}");

    /// <summary>PostgreSQL from CBH_TEST_POSTGRES (CI always sets it); without it the test fails saying how to start one.</summary>
    public static TestDatabase PostgreSql()
    {
        var server = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(server))
        {
            throw new InvalidOperationException($"{PostgresVariable} is not set: run `bash .ci/postgres.sh` and export {PostgresVariable}=\"Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres\".");
        }

        var name = $"cbh_dashboard_{Guid.NewGuid():N}";
        return new TestDatabase("PostgreSql", new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString, name);
    }

    public async Task DropAsync()
    {
        if (DropName is null)
        {
            return;
        }

        var builder = new NpgsqlConnectionStringBuilder(ConnectionString) { Database = "postgres", Pooling = false };
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{DropName}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
