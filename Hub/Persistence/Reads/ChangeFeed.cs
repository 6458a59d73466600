using CrossBorderHub.Mapping.Canonical;
using CrossBorderHub.Persistence.Context;
using Microsoft.EntityFrameworkCore;

namespace CrossBorderHub.Persistence.Reads;

/// <summary>Keyset pages over the change sequence: <c>WHERE sequence &gt; after ORDER BY sequence LIMIT n</c>, no tracking.</summary>
internal sealed class ChangeFeed(IHubDbContextFactory contexts) : IChangeFeed
{
    public const int MaxLimit = 5000;

    // Compiled per instance (one per container), never shared across providers' models.
    private readonly Func<HubDbContext, long, int, IAsyncEnumerable<OrderView>> orders = EF.CompileAsyncQuery(
        (HubDbContext db, long after, int limit) => db.Orders.AsNoTracking()
            .Where(o => o.Sequence > after).OrderBy(o => o.Sequence).Take(limit)
            .Select(o => new OrderView(o.Id, o.StoreId, o.Sequence, o.Document) { RedactedAt = o.RedactedAt }));

    private readonly Func<HubDbContext, long, int, Guid, IAsyncEnumerable<OrderView>> storeOrders = EF.CompileAsyncQuery(
        (HubDbContext db, long after, int limit, Guid storeId) => db.Orders.AsNoTracking()
            .Where(o => o.StoreId == storeId && o.Sequence > after).OrderBy(o => o.Sequence).Take(limit)
            .Select(o => new OrderView(o.Id, o.StoreId, o.Sequence, o.Document) { RedactedAt = o.RedactedAt }));

    private readonly Func<HubDbContext, long, int, IAsyncEnumerable<ProductView>> products = EF.CompileAsyncQuery(
        (HubDbContext db, long after, int limit) => db.Products.AsNoTracking()
            .Where(p => p.Sequence > after).OrderBy(p => p.Sequence).Take(limit)
            .Select(p => new ProductView(p.Id, p.StoreId, p.Sequence, p.Document)));

    private readonly Func<HubDbContext, long, int, Guid, IAsyncEnumerable<ProductView>> storeProducts = EF.CompileAsyncQuery(
        (HubDbContext db, long after, int limit, Guid storeId) => db.Products.AsNoTracking()
            .Where(p => p.StoreId == storeId && p.Sequence > after).OrderBy(p => p.Sequence).Take(limit)
            .Select(p => new ProductView(p.Id, p.StoreId, p.Sequence, p.Document)));

    private readonly Func<HubDbContext, long, int, IAsyncEnumerable<InventoryView>> inventory = EF.CompileAsyncQuery(
        (HubDbContext db, long after, int limit) => db.Inventory.AsNoTracking()
            .Where(i => i.Sequence > after).OrderBy(i => i.Sequence).Take(limit)
            .Select(i => new InventoryView(i.Id, i.StoreId, i.Sequence, new InventoryLevel
            {
                Sku = i.Sku,
                LocationId = i.LocationId,
                LocationName = i.LocationName,
                LocationKind = i.LocationKind,
                Available = i.Available,
                OnHand = i.OnHand,
                UpdatedAt = i.UpdatedAt,
            })));

    private readonly Func<HubDbContext, long, int, Guid, IAsyncEnumerable<InventoryView>> storeInventory = EF.CompileAsyncQuery(
        (HubDbContext db, long after, int limit, Guid storeId) => db.Inventory.AsNoTracking()
            .Where(i => i.StoreId == storeId && i.Sequence > after).OrderBy(i => i.Sequence).Take(limit)
            .Select(i => new InventoryView(i.Id, i.StoreId, i.Sequence, new InventoryLevel
            {
                Sku = i.Sku,
                LocationId = i.LocationId,
                LocationName = i.LocationName,
                LocationKind = i.LocationKind,
                Available = i.Available,
                OnHand = i.OnHand,
                UpdatedAt = i.UpdatedAt,
            })));

    private readonly Func<HubDbContext, Guid, Task<OrderView?>> orderById = EF.CompileAsyncQuery(
        (HubDbContext db, Guid id) => db.Orders.AsNoTracking()
            .Where(o => o.Id == id)
            .Select(o => new OrderView(o.Id, o.StoreId, o.Sequence, o.Document) { RedactedAt = o.RedactedAt })
            .FirstOrDefault());

    public Task<ChangePage<OrderView>> ReadOrdersAsync(long after, int limit, Guid? storeId, CancellationToken ct) =>
        ReadAsync(after, limit, storeId, orders, storeOrders, o => o.Sequence, ct);

    public Task<ChangePage<ProductView>> ReadProductsAsync(long after, int limit, Guid? storeId, CancellationToken ct) =>
        ReadAsync(after, limit, storeId, products, storeProducts, p => p.Sequence, ct);

    public Task<ChangePage<InventoryView>> ReadInventoryAsync(long after, int limit, Guid? storeId, CancellationToken ct) =>
        ReadAsync(after, limit, storeId, inventory, storeInventory, i => i.Sequence, ct);

    public async Task<OrderView?> FindOrderAsync(Guid id, CancellationToken ct)
    {
        await using var db = contexts.CreateDbContext();
        return await orderById(db, id);
    }

    private async Task<ChangePage<T>> ReadAsync<T>(
        long after,
        int limit,
        Guid? storeId,
        Func<HubDbContext, long, int, IAsyncEnumerable<T>> all,
        Func<HubDbContext, long, int, Guid, IAsyncEnumerable<T>> byStore,
        Func<T, long> sequence,
        CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(after);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        limit = Math.Min(limit, MaxLimit);

        await using var db = contexts.CreateDbContext();
        var query = storeId is { } store ? byStore(db, after, limit, store) : all(db, after, limit);
        var items = new List<T>(limit);
        await foreach (var item in query.WithCancellation(ct))
        {
            items.Add(item);
        }

        return new ChangePage<T>(items, items.Count == 0 ? after : sequence(items[^1]));
    }
}
