using CrossBorderHub.Mapping.Canonical;
using CrossBorderHub.Persistence.Context;
using CrossBorderHub.Persistence.Reads;
using CrossBorderHub.Persistence.Runs;
using CrossBorderHub.Scheduler.Ports;
using Microsoft.EntityFrameworkCore;

namespace CrossBorderHub.Persistence.Tenancy;

/// <summary>The same keyset pages and newest-first lists as the unscoped readers, joined to the tenant's stores.</summary>
internal sealed class TenantReads(IHubDbContextFactory contexts) : ITenantReads
{
    public async Task<ChangePage<OrderView>> ReadOrdersAsync(Guid tenantId, long after, int limit, CancellationToken ct)
    {
        Check(after, ref limit);
        await using var db = contexts.CreateDbContext();
        var items = await db.Orders.AsNoTracking()
            .Where(o => o.Sequence > after && db.Stores.Any(s => s.Id == o.StoreId && s.SellerId == tenantId))
            .OrderBy(o => o.Sequence).Take(limit)
            .Select(o => new OrderView(o.Id, o.StoreId, o.Sequence, o.Document) { RedactedAt = o.RedactedAt })
            .ToListAsync(ct);
        return new ChangePage<OrderView>(items, items.Count == 0 ? after : items[^1].Sequence);
    }

    public async Task<ChangePage<ProductView>> ReadProductsAsync(Guid tenantId, long after, int limit, CancellationToken ct)
    {
        Check(after, ref limit);
        await using var db = contexts.CreateDbContext();
        var items = await db.Products.AsNoTracking()
            .Where(p => p.Sequence > after && db.Stores.Any(s => s.Id == p.StoreId && s.SellerId == tenantId))
            .OrderBy(p => p.Sequence).Take(limit)
            .Select(p => new ProductView(p.Id, p.StoreId, p.Sequence, p.Document))
            .ToListAsync(ct);
        return new ChangePage<ProductView>(items, items.Count == 0 ? after : items[^1].Sequence);
    }

    public async Task<ChangePage<InventoryView>> ReadInventoryAsync(Guid tenantId, long after, int limit, CancellationToken ct)
    {
        Check(after, ref limit);
        await using var db = contexts.CreateDbContext();
        var items = await db.Inventory.AsNoTracking()
            .Where(i => i.Sequence > after && db.Stores.Any(s => s.Id == i.StoreId && s.SellerId == tenantId))
            .OrderBy(i => i.Sequence).Take(limit)
            .Select(i => new InventoryView(i.Id, i.StoreId, i.Sequence, new InventoryLevel
            {
                Sku = i.Sku,
                LocationId = i.LocationId,
                LocationName = i.LocationName,
                LocationKind = i.LocationKind,
                Available = i.Available,
                OnHand = i.OnHand,
                UpdatedAt = i.UpdatedAt,
            }))
            .ToListAsync(ct);
        return new ChangePage<InventoryView>(items, items.Count == 0 ? after : items[^1].Sequence);
    }

    public async Task<IReadOnlyList<SyncRun>> ListRunsAsync(Guid tenantId, int limit, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        await using var db = contexts.CreateDbContext();
        var rows = await db.SyncRuns.AsNoTracking()
            .Where(r => db.Stores.Any(s => s.Id == r.StoreId && s.SellerId == tenantId))
            .OrderByDescending(r => r.QueuedAt).ThenByDescending(r => r.Id).Take(limit)
            .ToListAsync(ct);
        return rows.ConvertAll(SyncRunStore.ToRun);
    }

    public async Task<IReadOnlyList<QuarantineEntry>> ListQuarantineAsync(Guid tenantId, int limit, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        await using var db = contexts.CreateDbContext();
        return await db.Quarantine.AsNoTracking()
            .Where(q => db.Stores.Any(s => s.Id == q.StoreId && s.SellerId == tenantId))
            .OrderByDescending(q => q.QuarantinedAt).ThenByDescending(q => q.Id).Take(limit)
            .Select(q => new QuarantineEntry(q.Id, q.StoreId, q.Entity, q.RunId, q.MarketplaceId, q.RawPayload, q.Reason, q.QuarantinedAt))
            .ToListAsync(ct);
    }

    private static void Check(long after, ref int limit)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(after);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        limit = Math.Min(limit, ChangeFeed.MaxLimit);
    }
}
