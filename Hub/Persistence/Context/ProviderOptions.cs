using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CrossBorderHub.Persistence.Context;

/// <summary>How each provider's context is configured, shared by DI and the design-time factories.</summary>
internal static class ProviderOptions
{
    public static void Sqlite(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString).AddInterceptors(new SqlitePragmas());

    public static void PostgreSql(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString);

    public static void SqlServer(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlServer(connectionString);

    /// <summary>The folder of a SQLite file, so a first start can create it; null for in-memory databases.</summary>
    public static string? SqliteFolder(string connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:" || dataSource.StartsWith("file:", StringComparison.Ordinal))
        {
            return null;
        }

        return Path.GetDirectoryName(Path.GetFullPath(dataSource));
    }
}
