using CrossBorderHub.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace CrossBorderHub.Persistence.Context;

internal sealed class HubDatabase(IHubDbContextFactory contexts, HubDatabaseSettings settings, TimeProvider time) : IHubDatabase
{
    public async Task MigrateAsync(CancellationToken ct)
    {
        if (settings.Provider == DatabaseProvider.Sqlite && ProviderOptions.SqliteFolder(settings.ConnectionString) is { } folder)
        {
            Directory.CreateDirectory(folder);
        }

        await using var db = contexts.CreateDbContext();
        await db.Database.MigrateAsync(ct);
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            // WAL lets the API read while a sync writes; the mode is stored in the file, so once is enough.
            await db.Database.ExecuteSqlRawAsync(SqlitePragmas.JournalMode, ct);
        }

        await EnsureDefaultSellerAsync(db, ct);
    }

    /// <summary>The default tenant owns the configured ERP keys; it exists before the API lists tenants or issues keys.</summary>
    private async Task EnsureDefaultSellerAsync(HubDbContext db, CancellationToken ct)
    {
        if (await db.Sellers.AnyAsync(s => s.Id == Sellers.Default, ct))
        {
            return;
        }

        db.Sellers.Add(new SellerRow { Id = Sellers.Default, Name = Sellers.DefaultName, CreatedAt = time.GetUtcNow() });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another process starting at the same moment created it.
        }
    }

    public async Task<bool> IsReadyAsync(CancellationToken ct)
    {
        try
        {
            await using var db = contexts.CreateDbContext();
            return await db.Database.CanConnectAsync(ct) && !(await db.Database.GetPendingMigrationsAsync(ct)).Any();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return false;
        }
    }
}
