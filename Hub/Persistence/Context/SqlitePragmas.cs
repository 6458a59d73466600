using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CrossBorderHub.Persistence.Context;

/// <summary>
/// Per-connection SQLite settings: wait for a busy writer instead of failing; in WAL mode sync at checkpoints only
/// (a power cut can lose the last pages, never corrupt; their checkpoint is lost with them, so they are re-read);
/// checkpoint every 32 MB of WAL rather than 4 MB, which halves the cost of bulk syncs, and trim the file after.
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    public const string JournalMode = "PRAGMA journal_mode=WAL;";
    private const string PerConnection =
        "PRAGMA busy_timeout=30000; " +
        "PRAGMA synchronous=NORMAL; PRAGMA wal_autocheckpoint=8192; PRAGMA journal_size_limit=67108864;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = PerConnection;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = PerConnection;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
