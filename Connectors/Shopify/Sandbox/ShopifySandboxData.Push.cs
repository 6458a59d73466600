using System.Globalization;
using CrossBorderHub.Connectors.Shopify.Mapping;

namespace CrossBorderHub.Connectors.Shopify.Sandbox;

public sealed partial class ShopifySandboxData
{
    private const long FulfillmentOrderIdBase = 9_100_000_000;

    /// <summary>What mutations have changed; every read of an order or inventory level shows it.</summary>
    public ShopifySandboxLedger Ledger { get; } = new();

    /// <summary>The fulfillment order of an order (the sandbox gives each order one, at its only shipping location).</summary>
    public static string FulfillmentOrderId(int index) => $"gid://shopify/FulfillmentOrder/{FulfillmentOrderIdBase + index}";

    public static string FulfillmentOrderLineItemId(string lineItemId) =>
        $"gid://shopify/FulfillmentOrderLineItem/{lineItemId[(lineItemId.LastIndexOf('/') + 1)..]}";

    /// <summary>The order index an Order gid names, or -1.</summary>
    internal int OrderIndex(string? id) => IndexOf(id, OrderIdBase, _options.OrderCount);

    internal int FulfillmentOrderIndex(string? id) => IndexOf(id, FulfillmentOrderIdBase, _options.OrderCount);

    /// <summary>The inventory item index of a SKU this store generates, or -1.</summary>
    internal int InventoryItemIndexOfSku(string sku)
    {
        // SKU-{product:D5}-{variant}
        var parts = sku.Split('-');
        if (parts.Length != 3 || parts[0] != "SKU"
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var product)
            || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var variant)
            || product >= _options.ProductCount || variant >= VariantCount(product) || Sku(product, variant) != sku)
        {
            return -1;
        }

        return _variantStart[product] + variant;
    }

    internal int LocationIndex(string? id) =>
        id is null ? -1 : Locations.Select((l, k) => (l, k)).Where(p => p.l.Id == id).Select(p => p.k).DefaultIfEmpty(-1).First();

    /// <summary>Units of a line still to fulfil: none for an order generated fulfilled or cancelled.</summary>
    internal int Remaining(SandboxOrder order, int line) =>
        Closed(order) ? 0 : Math.Max(0, order.LineItems[line].Quantity - Ledger.Fulfilled(order.Index, line));

    internal bool Closed(SandboxOrder order) =>
        order.CancelledAt is not null || (!Ledger.HasFulfillments(order.Index) && order.FulfillmentStatus == ShopifyEnums.Fulfillment.Fulfilled);

    /// <summary>An order with shipments confirmed here shows FULFILLED or PARTIALLY_FULFILLED.</summary>
    private SandboxOrder ApplyPushEffects(SandboxOrder order)
    {
        if (!Ledger.HasFulfillments(order.Index))
        {
            return order;
        }

        var all = Enumerable.Range(0, order.LineItems.Count).All(n => Ledger.Fulfilled(order.Index, n) >= order.LineItems[n].Quantity);
        return order with { FulfillmentStatus = all ? ShopifyEnums.Fulfillment.Fulfilled : ShopifyEnums.Fulfillment.PartiallyFulfilled };
    }
}
