using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopify.Wire;

/// <summary>The answer to the follow-up order(id) query for the rest of an order's line items.</summary>
internal sealed record ShopifyOrderData(
    [property: JsonPropertyName("order")] ShopifyOrderLineItemsPage? Order);
