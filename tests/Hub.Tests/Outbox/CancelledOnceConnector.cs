using CrossBorderHub.Connectors;
using CrossBorderHub.Mapping.Canonical;

namespace CrossBorderHub.Hub.Tests.Outbox;

/// <summary>
/// A real connector whose first shipment ends in a cancellation the hub did not ask for (as an HTTP stack's own
/// timeout surfaces); every other call goes through.
/// </summary>
internal sealed class CancelledOnceConnector(IMarketplaceConnector inner) : IMarketplaceConnector
{
    private int _shipments;

    public string Marketplace => inner.Marketplace;

    public MarketplaceCapabilities Capabilities => inner.Capabilities;

    public IStoreAccountDefinition Account => inner.Account;

    public IAsyncEnumerable<SourcePage<CanonicalOrder>> PullOrdersAsync(StoreAccount account, string? checkpoint, CancellationToken cancellationToken) =>
        inner.PullOrdersAsync(account, checkpoint, cancellationToken);

    public IAsyncEnumerable<SourcePage<CanonicalProduct>> PullCatalogAsync(StoreAccount account, string? checkpoint, CancellationToken cancellationToken) =>
        inner.PullCatalogAsync(account, checkpoint, cancellationToken);

    public IAsyncEnumerable<SourcePage<InventoryLevel>> PullInventoryAsync(StoreAccount account, string? checkpoint, CancellationToken cancellationToken) =>
        inner.PullInventoryAsync(account, checkpoint, cancellationToken);

    public Task<PushResult> ConfirmShipmentAsync(StoreAccount account, Shipment shipment, Guid commandId, CancellationToken cancellationToken) =>
        Interlocked.Increment(ref _shipments) == 1
            ? throw new TaskCanceledException("The request was canceled due to the configured HttpClient.Timeout.")
            : inner.ConfirmShipmentAsync(account, shipment, commandId, cancellationToken);

    public Task<PushResult> SetStockAsync(StoreAccount account, IReadOnlyList<StockUpdate> updates, Guid commandId, CancellationToken cancellationToken) =>
        inner.SetStockAsync(account, updates, commandId, cancellationToken);
}
