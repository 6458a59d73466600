using System.Globalization;
using System.Net;
using System.Runtime.CompilerServices;
using System.Text.Json;
using CrossBorderHub.Connectors.Ebay.Http;
using CrossBorderHub.Connectors.Ebay.Mapping;
using CrossBorderHub.Connectors.Ebay.Wire;
using CrossBorderHub.Connectors.Kit.Http;
using CrossBorderHub.Connectors.Kit.Pulling;
using CrossBorderHub.Mapping.Canonical;
using CrossBorderHub.Mapping.Ports;
using CrossBorderHub.Mapping.Rules;

namespace CrossBorderHub.Connectors.Ebay;

internal sealed partial class EbayConnector
{
    private const string CatalogEntity = "inventory item";
    private const string InventoryEntity = "inventory level";

    /// <summary>eBay lists an SKU's offers a page at a time too; an SKU has one or two, so one page nearly always holds them.</summary>
    private const int OffersPageSize = 25;

    /// <summary>Catalog: a sweep of inventory items (see <see cref="SweepCursor"/>), each with its offers on the store's marketplace (one getOffers call per item).</summary>
    public async IAsyncEnumerable<SourcePage<CanonicalProduct>> PullCatalogAsync(
        StoreAccount account, string? checkpoint, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var meter = new ThrottleMeter();
        var store = EbayStoreAccount.Context(account) with { Meter = meter };
        var pull = new RecordPull<JsonElement, EbayRequestContext, CanonicalProduct>(
            Marketplace, CatalogEntity, (query, token) => FetchInventoryItemsAsync(store, query, token), MapProductAsync, SkuOf, _ => null, node => node.GetRawText())
        {
            Meter = meter,
        };

        await foreach (var page in PullLoop.PullAsync(pull, SweepCursor(checkpoint), logger, cancellationToken))
        {
            yield return page;
        }
    }

    /// <summary>Inventory: the same sweep; each item's ship-to-home quantity is one level at <see cref="EbayConstants.ShipToLocation"/>.</summary>
    public async IAsyncEnumerable<SourcePage<InventoryLevel>> PullInventoryAsync(
        StoreAccount account, string? checkpoint, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var meter = new ThrottleMeter();
        var store = EbayStoreAccount.Context(account) with { Meter = meter };
        var pull = new RecordPull<JsonElement, EbayRequestContext, InventoryLevel>(
            Marketplace, InventoryEntity, (query, token) => FetchInventoryItemsAsync(store, query, token), MapLevel, SkuOf, _ => null, node => node.GetRawText())
        {
            Meter = meter,
        };

        await foreach (var page in PullLoop.PullAsync(pull, SweepCursor(checkpoint), logger, cancellationToken))
        {
            yield return page;
        }
    }

    private async ValueTask MapProductAsync(
        JsonElement node, EbayRequestContext store, List<CanonicalProduct> items, List<MappingIssue> issues, CancellationToken cancellationToken)
    {
        var item = ReadItem(node);
        var offers = await OffersOfAsync(store, item.Sku!, cancellationToken);
        items.Add(_mapper.Map<CanonicalProduct>(new EbayListedItem(item, offers), o => o.Items[EbayMappingContext.Issues] = issues));
    }

    private ValueTask MapLevel(JsonElement node, EbayRequestContext store, List<InventoryLevel> items, List<MappingIssue> issues, CancellationToken cancellationToken)
    {
        items.Add(_mapper.Map<InventoryLevel>(ReadItem(node), o => o.Items[EbayMappingContext.Issues] = issues));
        return ValueTask.CompletedTask;
    }

    private static EbayInventoryItem ReadItem(JsonElement node)
    {
        var item = node.Deserialize(EbayJsonContext.Default.EbayInventoryItem) ?? throw new MappingException("The inventory item is null.");
        return string.IsNullOrEmpty(item.Sku) ? throw new MappingException("The inventory item has no sku.") : item;
    }

    /// <summary>
    /// The SKU's offers on the store's marketplace. An SKU never offered is answered with an empty list or, as eBay
    /// does, a 404 (errorId 25713); either is "no offers".
    /// </summary>
    private async Task<IReadOnlyList<EbayOffer>> OffersOfAsync(EbayRequestContext store, string sku, CancellationToken cancellationToken)
    {
        var offers = new List<EbayOffer>();
        var offset = "0";
        while (true)
        {
            var page = offset;
            using var response = await SendAsync(
                () => inventory.GetOffersAsync(sku, OffersPageSize, page, store, cancellationToken), store, cancellationToken, HttpStatusCode.NotFound);
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                return offers;
            }

            if (response.Content is not { } content)
            {
                throw _failures.Malformed(store.ApiBase.Host, $"the offers of SKU '{MarketplaceException.Bound(sku, 50)}' could not be read ({ReasonOf(response.Error)}).");
            }

            offers.AddRange((content.Offers ?? []).Where(o => o.MarketplaceId is null || o.MarketplaceId == store.MarketplaceId));
            if (content.Next is not { } next || content.Offers is not { Count: > 0 })
            {
                return offers;
            }

            offset = OffsetOf(next, store);
            if (offset == page)
            {
                throw _failures.Malformed(store.ApiBase.Host, $"getOffers for SKU '{MarketplaceException.Bound(sku, 50)}' names the same page as next ({offset.ToString(CultureInfo.InvariantCulture)}).");
            }
        }
    }
}
