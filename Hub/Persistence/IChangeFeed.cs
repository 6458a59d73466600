namespace CrossBorderHub.Persistence;

/// <summary>
/// Canonical records in change order. Each page starts after a sequence the reader already has
/// (0 at first); every inserted or changed record appears once with a sequence higher than any before it.
/// </summary>
public interface IChangeFeed
{
    Task<ChangePage<OrderView>> ReadOrdersAsync(long after, int limit, Guid? storeId, CancellationToken ct);

    Task<ChangePage<ProductView>> ReadProductsAsync(long after, int limit, Guid? storeId, CancellationToken ct);

    Task<ChangePage<InventoryView>> ReadInventoryAsync(long after, int limit, Guid? storeId, CancellationToken ct);

    Task<OrderView?> FindOrderAsync(Guid id, CancellationToken ct);
}
