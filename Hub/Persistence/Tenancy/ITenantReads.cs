using CrossBorderHub.Scheduler.Ports;

namespace CrossBorderHub.Persistence;

/// <summary>
/// The list reads of <see cref="IChangeFeed"/>, <see cref="IQuarantine"/> and the run history, limited to one tenant's
/// stores, for callers that name no store (one that names a store checks its owner with <see cref="ITenantDirectory"/>).
/// </summary>
public interface ITenantReads
{
    Task<ChangePage<OrderView>> ReadOrdersAsync(Guid tenantId, long after, int limit, CancellationToken ct);

    Task<ChangePage<ProductView>> ReadProductsAsync(Guid tenantId, long after, int limit, CancellationToken ct);

    Task<ChangePage<InventoryView>> ReadInventoryAsync(Guid tenantId, long after, int limit, CancellationToken ct);

    Task<IReadOnlyList<SyncRun>> ListRunsAsync(Guid tenantId, int limit, CancellationToken ct);

    Task<IReadOnlyList<QuarantineEntry>> ListQuarantineAsync(Guid tenantId, int limit, CancellationToken ct);
}
