using System.Runtime.CompilerServices;
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
    private const string InventoryEntity = "inventory summary";

    private const string MarketplaceGranularity = "Marketplace";

    private static readonly string[] MerchantStockData = ["summaries", "fulfillmentAvailability"];

    /// <summary>startDateTime may be no earlier than 18 months before the call.</summary>
    private static readonly TimeSpan FbaChangesReach = TimeSpan.FromDays(540);

    /// <summary>
    /// Stock in two parts, read one after the other in every run, each from its own checkpoint: what the seller ships
    /// (the listings' DEFAULT fulfillment availability, changed since the last run) and what Amazon holds (FBA
    /// inventory summaries for the store's first marketplace, changed since the last run).
    /// </summary>
    public async IAsyncEnumerable<SourcePage<InventoryLevel>> PullInventoryAsync(
        StoreAccount account, string? checkpoint, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var resume = AmazonInventoryCheckpoint.Parse(checkpoint);
        var settings = account.SettingsAs<AmazonSettings>();
        var marketplaceId = settings.MarketplaceIds[0];
        var merchant = resume.Merchant;

        var listingsMeter = new ThrottleMeter();
        var listingsStore = AmazonStoreAccount.Context(account, AmazonConstants.Operations.SearchListingsItems) with { Meter = listingsMeter };
        var merchantPull = new RecordPull<JsonElement, AmazonRequestContext, InventoryLevel>(
            Marketplace,
            ListingEntity,
            (query, token) => ListingsPageAsync(listingsStore, settings, MerchantStockData, query, token),
            (node, _, items, _, _) =>
            {
                var listing = node.Deserialize(AmazonJsonContext.Default.ListingsItem) ?? throw new MappingException("The listing is null.");
                if (AmazonListingRules.MerchantLevel(listing, marketplaceId) is { } level)
                {
                    items.Add(level);
                }

                return ValueTask.CompletedTask;
            },
            node => Text(node, "sku"),
            ListingUpdatedAt,
            node => node.GetRawText())
        {
            Meter = listingsMeter,
        };
        await foreach (var page in PullLoop.PullAsync(merchantPull, new WatermarkCursor(merchant, _options.CheckpointOverlap), logger, cancellationToken))
        {
            merchant = page.Checkpoint;
            yield return page with { Checkpoint = new AmazonInventoryCheckpoint(merchant, resume.Fba).ToString() };
        }

        var fbaMeter = new ThrottleMeter();
        var fbaStore = AmazonStoreAccount.Context(account, AmazonConstants.Operations.GetInventorySummaries) with { Meter = fbaMeter };
        var fbaPull = new RecordPull<JsonElement, AmazonRequestContext, InventoryLevel>(
            Marketplace,
            InventoryEntity,
            (query, token) => InventorySummariesPageAsync(fbaStore, marketplaceId, query, token),
            (node, _, items, _, _) =>
            {
                var summary = node.Deserialize(AmazonJsonContext.Default.InventorySummary) ?? throw new MappingException("The inventory summary is null.");
                items.Add(AmazonListingRules.FbaLevel(summary, marketplaceId, time.GetUtcNow()));
                return ValueTask.CompletedTask;
            },
            node => Text(node, "sellerSku"),
            node => Time(node, "lastUpdatedTime"),
            node => node.GetRawText())
        {
            Meter = fbaMeter,
        };
        var fbaCursor = new WatermarkCursor(FbaResume(resume.Fba, _options.CheckpointOverlap), _options.CheckpointOverlap, pagesOrderedByUpdatedAt: false);
        await foreach (var page in PullLoop.PullAsync(fbaPull, fbaCursor, logger, cancellationToken))
        {
            yield return page with { Checkpoint = new AmazonInventoryCheckpoint(merchant, page.Checkpoint).ToString() };
        }
    }

    /// <summary>
    /// A run cut off inside the FBA summaries starts them again from the same startDateTime rather than from its
    /// page token: Amazon's nextToken lapses 30 seconds after it was issued.
    /// </summary>
    private static string? FbaResume(string? checkpoint, TimeSpan overlap)
    {
        var stored = WatermarkCheckpoint.Parse(checkpoint);
        return stored.After is null ? checkpoint : new WatermarkCheckpoint(stored.Since is { } since ? since + overlap : null).ToString();
    }

    private async Task<FetchedPage<JsonElement, AmazonRequestContext>> InventorySummariesPageAsync(
        AmazonRequestContext store, string marketplaceId, PageQuery query, CancellationToken cancellationToken)
    {
        var reach = time.GetUtcNow() - FbaChangesReach;
        string? since = query.UpdatedFrom is { } from ? Timestamp(from > reach ? from : reach) : null;
        var answer = await SendAsync(
            () => listings.GetInventorySummariesAsync("true", MarketplaceGranularity, marketplaceId, since, query.PageToken, [marketplaceId], store, cancellationToken),
            store,
            cancellationToken);
        if (answer.Payload?.InventorySummaries is not { } summaries)
        {
            throw _failures.Malformed(store.BaseUrl.Host, "getInventorySummaries answered without payload.inventorySummaries.");
        }

        var next = answer.Pagination?.NextToken;
        return new FetchedPage<JsonElement, AmazonRequestContext>(summaries, store, next, !string.IsNullOrEmpty(next));
    }
}
