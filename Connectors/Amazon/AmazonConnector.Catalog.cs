using System.Text.Json;
using CrossBorderHub.Connectors.Amazon.Http;
using CrossBorderHub.Connectors.Amazon.Mapping;
using CrossBorderHub.Connectors.Amazon.Wire;
using CrossBorderHub.Connectors.Kit.Cursors;
using CrossBorderHub.Connectors.Kit.Http;
using CrossBorderHub.Connectors.Kit.Pulling;
using CrossBorderHub.Mapping.Canonical;
using CrossBorderHub.Mapping.Rules;

namespace CrossBorderHub.Connectors.Amazon;

internal sealed partial class AmazonConnector
{
    private const string ListingEntity = "listing";

    private static readonly string[] CatalogData = ["summaries", "attributes", "offers"];

    /// <summary>
    /// The seller's listings in the store's first marketplace as products, one per SKU (a seller's listing is the SKU;
    /// the ASIN is the catalog page many sellers share), read by lastUpdatedDate from the checkpoint.
    /// </summary>
    public IAsyncEnumerable<SourcePage<CanonicalProduct>> PullCatalogAsync(StoreAccount account, string? checkpoint, CancellationToken cancellationToken)
    {
        var meter = new ThrottleMeter();
        var store = AmazonStoreAccount.Context(account, AmazonConstants.Operations.SearchListingsItems) with { Meter = meter };
        var settings = account.SettingsAs<AmazonSettings>();
        var marketplaceId = settings.MarketplaceIds[0];
        var pull = new RecordPull<JsonElement, AmazonRequestContext, CanonicalProduct>(
            Marketplace,
            ListingEntity,
            (query, token) => ListingsPageAsync(store, settings, CatalogData, query, token),
            (node, _, items, _, _) =>
            {
                var listing = node.Deserialize(AmazonJsonContext.Default.ListingsItem) ?? throw new MappingException("The listing is null.");
                items.Add(AmazonListingRules.Product(listing, marketplaceId));
                return ValueTask.CompletedTask;
            },
            node => Text(node, "sku"),
            ListingUpdatedAt,
            node => node.GetRawText())
        {
            Meter = meter,
        };
        return PullLoop.PullAsync(pull, new WatermarkCursor(checkpoint, _options.CheckpointOverlap), logger, cancellationToken);
    }
}
