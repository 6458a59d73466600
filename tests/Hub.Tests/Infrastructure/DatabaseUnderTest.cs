using Npgsql;

namespace CrossBorderHub.Hub.Tests.Infrastructure;

/// <summary>A throwaway database for one fixture: a SQLite file, or a uniquely named PostgreSQL database.</summary>
public sealed record DatabaseUnderTest(string Provider, string ConnectionString, string? DropName = null)
{
    public const string PostgresVariable = "CBH_TEST_POSTGRES";

    public static DatabaseUnderTest Sqlite(string folder) =>
        new("Sqlite", $"Data Source={Path.Combine(folder, "hub.db")}");

    /// <summary>
    /// PostgreSQL from CBH_TEST_POSTGRES. CI always sets it (.ci/run starts a real server); a developer
    /// without it gets a failing test that says how to start one, never a silent skip.
    /// </summary>
    public static DatabaseUnderTest PostgreSql()
    {
        var server = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(server))
        {
            throw new InvalidOperationException($"{PostgresVariable} is not set: run `bash .ci/postgres.sh` and export {PostgresVariable}=\"Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres\".");
        }

        var name = $"cbh_hub_{Guid.NewGuid():N}";
        var builder = new NpgsqlConnectionStringBuilder(server) { Database = name };
        return new DatabaseUnderTest("PostgreSql", builder.ConnectionString, name);
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
