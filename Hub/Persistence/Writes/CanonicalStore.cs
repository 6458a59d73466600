using CrossBorderHub.Mapping.Canonical;
using CrossBorderHub.Mapping.Ports;
using CrossBorderHub.Persistence.Context;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CrossBorderHub.Persistence.Writes;

/// <summary>
/// Writes a sync page in one transaction: reserve change sequences, upsert the records in a few multi-row statements,
/// insert the quarantined ones, move the checkpoint, commit. Nothing moves unless all of it does.
/// </summary>
internal sealed class CanonicalStore(IHubDbContextFactory contexts, SqlDialect dialect, TimeProvider time) : ICanonicalStore
{
    public async Task<string?> GetCheckpointAsync(Guid storeId, SyncEntity entity, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.Checkpoints.AsNoTracking()
            .Where(c => c.StoreId == storeId && c.Entity == entity)
            .Select(c => c.Value)
            .FirstOrDefaultAsync(cancellationToken);
    }

    public Task<PageWriteResult> WriteOrdersAsync(PageWrite<CanonicalOrder> page, CancellationToken cancellationToken) =>
        WriteAsync(page, CanonicalTables.Orders, cancellationToken);

    public Task<PageWriteResult> WriteProductsAsync(PageWrite<CanonicalProduct> page, CancellationToken cancellationToken) =>
        WriteAsync(page, CanonicalTables.Products, cancellationToken);

    public Task<PageWriteResult> WriteInventoryAsync(PageWrite<InventoryLevel> page, CancellationToken cancellationToken) =>
        WriteAsync(page, CanonicalTables.Inventory, cancellationToken);

    private async Task<PageWriteResult> WriteAsync<T>(PageWrite<T> page, CanonicalEntity<T> entity, CancellationToken ct)
    {
        var now = time.GetUtcNow();

        // Serialize and hash before the transaction: the change counter's lock is held only for the SQL.
        var latest = Latest(page.Items, entity);
        var rows = new List<object?[]>(latest.Count);
        foreach (var item in latest)
        {
            rows.Add(entity.ToRow(item, page.StoreId, Guid.CreateVersion7(now)));
        }

        var quarantined = page.Quarantined
            .Select(q => new object?[] { Guid.CreateVersion7(now), page.StoreId, page.Entity, page.RunId, q.MarketplaceId, q.RawPayload, q.Reason, now })
            .ToList();

        await using var db = contexts.CreateDbContext();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var commands = new BulkCommands(db.Database.GetDbConnection(), transaction.GetDbTransaction(), dialect);

            var upserted = 0;
            if (rows.Count > 0)
            {
                var first = await commands.ReserveSequencesAsync(entity.Counter, rows.Count, ct);
                for (var i = 0; i < rows.Count; i++)
                {
                    rows[i][entity.SequenceColumn] = first + i;
                }

                upserted = await commands.UpsertAsync(entity.Table, rows, ct);
            }

            if (quarantined.Count > 0)
            {
                await commands.InsertAsync(CanonicalTables.Quarantine, quarantined, ct);
            }

            await commands.UpsertAsync(CanonicalTables.Checkpoints, [[page.StoreId, page.Entity, page.Checkpoint, now]], ct);
            await transaction.CommitAsync(ct);
            return new PageWriteResult(upserted, page.Items.Count - upserted, quarantined.Count);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>One item per natural key, the newest (last wins on a tie), so no statement touches a row twice.</summary>
    private static IReadOnlyList<T> Latest<T>(IReadOnlyList<T> items, CanonicalEntity<T> entity)
    {
        var byKey = new Dictionary<string, T>(items.Count, StringComparer.Ordinal);
        foreach (var item in items)
        {
            var key = entity.NaturalKey(item);
            if (!byKey.TryGetValue(key, out var held) || entity.UpdatedAt(item) >= entity.UpdatedAt(held))
            {
                byKey[key] = item;
            }
        }

        return byKey.Count == items.Count ? items : [.. byKey.Values];
    }
}
