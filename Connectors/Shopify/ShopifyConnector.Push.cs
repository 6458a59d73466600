using System.Security.Cryptography;
using System.Text;
using CrossBorderHub.Connectors.Shopify.Queries;
using CrossBorderHub.Connectors.Shopify.Wire;
using CrossBorderHub.Mapping.Canonical;

namespace CrossBorderHub.Connectors.Shopify;

internal sealed partial class ShopifyConnector
{
    /// <summary>Shopify charges a mutation 10 points.</summary>
    private const int MutationCost = 10;
    private const int FulfillmentOrdersRead = 5;
    private const int FulfillmentOrderLinesRead = 50;
    private const int SkusPerLookup = 25;
    private const int LevelsPerItem = 10;
    private const string StockReason = "correction";

    private static readonly HashSet<string> OpenFulfillmentOrder = new(StringComparer.Ordinal) { "OPEN", "IN_PROGRESS" };
    private static readonly HashSet<string> LiveFulfillment = new(StringComparer.Ordinal) { "SUCCESS", "OPEN", "PENDING" };
    private static readonly HashSet<string> TransientStockErrors = new(StringComparer.Ordinal) { "CHANGE_FROM_QUANTITY_STALE", "IDEMPOTENCY_CONCURRENT_REQUEST" };

    /// <summary>
    /// Creates one fulfillment through the order's fulfillment orders. An earlier attempt may have created it and lost the
    /// answer (the hub died, the answer timed out): a live fulfillment with the same tracking number is that one, and is
    /// returned instead of creating a second.
    /// </summary>
    public async Task<PushResult> ConfirmShipmentAsync(StoreAccount account, Shipment shipment, Guid commandId, CancellationToken cancellationToken)
    {
        var read = ShopifyStoreAccount.Context(account, FulfillmentOrdersQuery.RequestedCost(FulfillmentOrdersRead, FulfillmentOrderLinesRead));
        var request = new ShopifyGraphQLRequest(FulfillmentOrdersQuery.Document, new Dictionary<string, object?>
        {
            ["id"] = shipment.MarketplaceOrderId,
            [FulfillmentOrdersQuery.FulfillmentOrdersVariable] = FulfillmentOrdersRead,
            [FulfillmentOrdersQuery.LineItemsVariable] = FulfillmentOrderLinesRead,
        });
        var order = (await SendAsync(_api.FulfillmentOrdersAsync, request, read, cancellationToken)).Order
            ?? throw new MarketplaceException(MarketplaceFailureKind.Rejected, Marketplace, "NOT_FOUND", $"Shopify has no order {shipment.MarketplaceOrderId}.");

        var earlier = order.Fulfillments?.FirstOrDefault(f =>
            LiveFulfillment.Contains(f.Status ?? "") && f.TrackingInfo?.Any(t => t.Number == shipment.TrackingNumber) == true);
        if (earlier is not null)
        {
            ShopifyPushLog.ShipmentAlreadyFulfilled(_logger, commandId, earlier.Id, shipment.MarketplaceOrderId);
            return new PushResult(earlier.Id, $"Fulfillment {earlier.Id} with tracking number {shipment.TrackingNumber} already exists ({earlier.Status}).");
        }

        var input = new ShopifyFulfillmentInput(
            _options.NotifyCustomerOnShipment,
            new ShopifyFulfillmentTrackingInput(shipment.Carrier, shipment.TrackingNumber, shipment.TrackingUrl?.AbsoluteUri),
            Allocate(order, shipment));
        var write = ShopifyStoreAccount.Context(account, MutationCost);
        var create = new ShopifyGraphQLRequest(FulfillmentCreateMutation.Document, new Dictionary<string, object?> { ["fulfillment"] = input });
        var payload = (await SendAsync((r, s, ct) => _api.FulfillmentCreateAsync(r, s, true, ct), create, write, cancellationToken)).FulfillmentCreate
            ?? throw new MarketplaceException(MarketplaceFailureKind.MalformedResponse, Marketplace, null, "fulfillmentCreate answered without its payload.");
        if (payload.UserErrors is { Count: > 0 } errors)
        {
            throw Rejected("fulfillmentCreate", errors);
        }

        var fulfillment = payload.Fulfillment
            ?? throw new MarketplaceException(MarketplaceFailureKind.MalformedResponse, Marketplace, null, "fulfillmentCreate answered without a fulfillment or userErrors.");
        return new PushResult(fulfillment.Id, $"Fulfillment {fulfillment.Id} created ({fulfillment.Status}), tracking {shipment.Carrier} {shipment.TrackingNumber}.");
    }

    /// <summary>
    /// Sets available quantities with inventorySetQuantities. Each quantity carries the value just read as
    /// changeFromQuantity, so a sale in between fails the set (CHANGE_FROM_QUANTITY_STALE) instead of being overwritten;
    /// that and a concurrent duplicate are transient: the outbox tries again, reading afresh. The idempotency key
    /// follows from the command id and the values sent, so a retry of the same request is deduplicated by Shopify and
    /// a retry after a fresh read is a new request.
    /// </summary>
    public async Task<PushResult> SetStockAsync(StoreAccount account, IReadOnlyList<StockUpdate> updates, Guid commandId, CancellationToken cancellationToken)
    {
        var items = await FindInventoryItemsAsync(account, updates.Select(u => u.Sku).Distinct(StringComparer.Ordinal), cancellationToken);
        var quantities = new List<ShopifyInventoryQuantityInput>(updates.Count);
        foreach (var update in updates)
        {
            if (!items.TryGetValue(update.Sku, out var found) || found.Id is not { } itemId)
            {
                throw new MarketplaceException(MarketplaceFailureKind.Rejected, Marketplace, "INVALID_INVENTORY_ITEM", $"No inventory item in Shopify has SKU '{update.Sku}'.");
            }

            // An item stocked at more locations than the lookup reads gets the rest, as the inventory pull does.
            var item = items[update.Sku] = await WithAllLevelsAsync(found, ShopifyStoreAccount.Context(account, 0), cancellationToken);

            var levels = item.InventoryLevels?.Edges.Select(e => e.Node).ToList() ?? [];
            var level = update.LocationId is null
                ? (levels.Count == 1 ? levels[0] : null)
                : levels.FirstOrDefault(l => l.Location?.Id == update.LocationId);
            if (level?.Location?.Id is not { } locationId)
            {
                throw new MarketplaceException(
                    MarketplaceFailureKind.Rejected,
                    Marketplace,
                    "ITEM_NOT_STOCKED_AT_LOCATION",
                    update.LocationId is null
                        ? $"SKU '{update.Sku}' is stocked at {levels.Count} locations; name the location."
                        : $"SKU '{update.Sku}' is not stocked at location {update.LocationId}.");
            }

            var current = level.Quantities?.FirstOrDefault(q => q.Name == ShopifyConstants.QuantityNames.Available)?.Quantity;
            quantities.Add(new ShopifyInventoryQuantityInput(itemId, locationId, update.Available, current));
        }

        var input = new ShopifyInventorySetQuantitiesInput(ShopifyConstants.QuantityNames.Available, StockReason, $"gid://crossborderhub/Command/{commandId:D}", quantities);
        var key = IdempotencyKey(commandId, quantities);
        var write = ShopifyStoreAccount.Context(account, MutationCost);
        var request = new ShopifyGraphQLRequest(InventorySetQuantitiesMutation.Document(key), new Dictionary<string, object?> { ["input"] = input });
        var payload = (await SendAsync((r, s, ct) => _api.InventorySetQuantitiesAsync(r, s, true, ct), request, write, cancellationToken)).InventorySetQuantities
            ?? throw new MarketplaceException(MarketplaceFailureKind.MalformedResponse, Marketplace, null, "inventorySetQuantities answered without its payload.");
        if (payload.UserErrors is { Count: > 0 } errors)
        {
            var failure = Rejected("inventorySetQuantities", errors);
            throw errors.All(e => TransientStockErrors.Contains(e.Code ?? ""))
                ? new MarketplaceException(MarketplaceFailureKind.Unavailable, Marketplace, failure.Code, failure.Message)
                : failure;
        }

        var group = payload.InventoryAdjustmentGroup;
        var changed = group?.Changes?.Count(c => c.Delta != 0) ?? 0;
        return new PushResult(group?.Id, $"{quantities.Count} available quantities set, {changed} changed (idempotency key {key:D}).");
    }

    /// <summary>
    /// Spreads each line's units over the open fulfillment orders by what remains on them. Units no open fulfillment order
    /// has left are still asked of the first fulfillment order holding the line, so Shopify gives its own reason for refusing.
    /// </summary>
    private static List<ShopifyFulfillmentOrderLineItemsInput> Allocate(ShopifyFulfillableOrder order, Shipment shipment)
    {
        var fulfillmentOrders = order.FulfillmentOrders?.Edges.Select(e => e.Node).Where(f => f.Id is not null).ToList() ?? [];
        var taken = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        void Take(string fulfillmentOrderId, string itemId, int quantity)
        {
            if (!taken.TryGetValue(fulfillmentOrderId, out var items))
            {
                taken[fulfillmentOrderId] = items = new Dictionary<string, int>(StringComparer.Ordinal);
            }

            items[itemId] = items.GetValueOrDefault(itemId) + quantity;
        }

        foreach (var line in shipment.Lines)
        {
            var needed = line.Quantity;
            var holders = fulfillmentOrders
                .SelectMany(f => (f.LineItems?.Edges.Select(e => e.Node) ?? []).Where(i => i.Id is not null && i.LineItem?.Id == line.MarketplaceLineId).Select(i => (Order: f, Item: i)))
                .ToList();
            if (holders.Count == 0)
            {
                var unread = order.FulfillmentOrders?.PageInfo?.HasNextPage == true || fulfillmentOrders.Any(f => f.LineItems?.PageInfo?.HasNextPage == true);
                throw new MarketplaceException(
                    MarketplaceFailureKind.Rejected,
                    ShopifyConstants.Marketplace,
                    "LINE_NOT_FOUND",
                    unread
                        ? $"Line {line.MarketplaceLineId} is not among the first {FulfillmentOrdersRead} fulfillment orders of {shipment.MarketplaceOrderId} and their first {FulfillmentOrderLinesRead} lines, the part of a larger order that is read."
                        : $"No fulfillment order of {shipment.MarketplaceOrderId} holds line {line.MarketplaceLineId}.");
            }

            foreach (var (fulfillmentOrder, item) in holders.Where(h => OpenFulfillmentOrder.Contains(h.Order.Status ?? "") && h.Item.RemainingQuantity > 0))
            {
                var quantity = Math.Min(needed, item.RemainingQuantity);
                if (quantity > 0)
                {
                    Take(fulfillmentOrder.Id!, item.Id!, quantity);
                    needed -= quantity;
                }
            }

            if (needed > 0)
            {
                Take(holders[0].Order.Id!, holders[0].Item.Id!, needed);
            }
        }

        return [.. taken.Select(t => new ShopifyFulfillmentOrderLineItemsInput(t.Key, [.. t.Value.Select(i => new ShopifyFulfillmentOrderLineItemInput(i.Key, i.Value))]))];
    }

    private async Task<Dictionary<string, ShopifyInventoryItem>> FindInventoryItemsAsync(StoreAccount account, IEnumerable<string> skus, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, ShopifyInventoryItem>(StringComparer.Ordinal);
        var store = ShopifyStoreAccount.Context(account, InventoryItemsBySkuQuery.RequestedCost(SkusPerLookup, LevelsPerItem));
        foreach (var chunk in skus.Chunk(SkusPerLookup))
        {
            var request = new ShopifyGraphQLRequest(InventoryItemsBySkuQuery.Document, new Dictionary<string, object?>
            {
                ["first"] = SkusPerLookup,
                ["query"] = InventoryItemsBySkuQuery.Filter(chunk),
                [InventoryItemsBySkuQuery.LevelsVariable] = LevelsPerItem,
            });
            var data = await SendAsync(_api.InventoryItemsBySkuAsync, request, store, cancellationToken);
            foreach (var item in data.InventoryItems.Edges.Select(e => e.Node))
            {
                // Shopify's sku filter is a search: keep exact matches only.
                if (item.Sku is { } sku && chunk.Contains(sku, StringComparer.Ordinal))
                {
                    found.TryAdd(sku, item);
                }
            }
        }

        return found;
    }

    private static Guid IdempotencyKey(Guid commandId, IReadOnlyList<ShopifyInventoryQuantityInput> quantities)
    {
        var text = new StringBuilder(commandId.ToString("N"));
        foreach (var q in quantities)
        {
            text.Append('|').Append(q.InventoryItemId).Append('@').Append(q.LocationId).Append('=').Append(q.Quantity).Append('<').Append(q.ChangeFromQuantity?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "null");
        }

        return new Guid(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())).AsSpan(0, 16));
    }
}
