using CrossBorderHub.Mapping.Canonical;

namespace CrossBorderHub.Mapping.Ports;

/// <summary>
/// Where canonical records land. Every write is an idempotent upsert on (store, marketplace id);
/// an older version never overwrites a newer one; the checkpoint moves in the same transaction.
/// </summary>
public interface ICanonicalStore
{
    Task<string?> GetCheckpointAsync(Guid storeId, SyncEntity entity, CancellationToken cancellationToken);

    Task<PageWriteResult> WriteOrdersAsync(PageWrite<CanonicalOrder> page, CancellationToken cancellationToken);

    Task<PageWriteResult> WriteProductsAsync(PageWrite<CanonicalProduct> page, CancellationToken cancellationToken);

    Task<PageWriteResult> WriteInventoryAsync(PageWrite<InventoryLevel> page, CancellationToken cancellationToken);
}
