using CrossBorderHub.Mapping.Canonical;

namespace CrossBorderHub.Connectors;

/// <summary>
/// A marketplace as the hub sees it. Pulls stream page by page from a checkpoint (null: from the start);
/// a method outside <see cref="Capabilities"/> throws <see cref="NotSupportedException"/>.
/// </summary>
public interface IMarketplaceConnector
{
    /// <summary>The marketplace key stores are registered under, e.g. "shopify".</summary>
    string Marketplace { get; }

    MarketplaceCapabilities Capabilities { get; }

    /// <summary>The typed settings and credentials a store must have, how they are checked, and the official hosts they lead to.</summary>
    IStoreAccountDefinition Account { get; }

    IAsyncEnumerable<SourcePage<CanonicalOrder>> PullOrdersAsync(StoreAccount account, string? checkpoint, CancellationToken cancellationToken);

    IAsyncEnumerable<SourcePage<CanonicalProduct>> PullCatalogAsync(StoreAccount account, string? checkpoint, CancellationToken cancellationToken);

    IAsyncEnumerable<SourcePage<InventoryLevel>> PullInventoryAsync(StoreAccount account, string? checkpoint, CancellationToken cancellationToken);

    /// <summary>
    /// Confirms a (partial) shipment with its tracking. <paramref name="commandId"/> is stable across retries of one
    /// command; a connector passes it on where the marketplace offers an idempotency key.
    /// </summary>
    /// <exception cref="MarketplaceException">The marketplace refused or could not be reached.</exception>
    Task<PushResult> ConfirmShipmentAsync(StoreAccount account, Shipment shipment, Guid commandId, CancellationToken cancellationToken) =>
        throw new NotSupportedException($"The {Marketplace} connector cannot confirm shipments.");

    /// <summary>Sets available stock per SKU and location; <paramref name="commandId"/> as for shipments.</summary>
    /// <exception cref="MarketplaceException">The marketplace refused or could not be reached.</exception>
    Task<PushResult> SetStockAsync(StoreAccount account, IReadOnlyList<StockUpdate> updates, Guid commandId, CancellationToken cancellationToken) =>
        throw new NotSupportedException($"The {Marketplace} connector cannot set stock.");
}
