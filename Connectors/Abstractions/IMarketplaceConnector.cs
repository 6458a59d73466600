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

    /// <summary>The settings and credentials a store must have; checked before a store is saved.</summary>
    IReadOnlyList<StoreAccountError> Validate(StoreAccount account);

    IAsyncEnumerable<SourcePage<CanonicalOrder>> PullOrdersAsync(StoreAccount account, string? checkpoint, CancellationToken cancellationToken);

    IAsyncEnumerable<SourcePage<CanonicalProduct>> PullCatalogAsync(StoreAccount account, string? checkpoint, CancellationToken cancellationToken);

    IAsyncEnumerable<SourcePage<InventoryLevel>> PullInventoryAsync(StoreAccount account, string? checkpoint, CancellationToken cancellationToken);
}
