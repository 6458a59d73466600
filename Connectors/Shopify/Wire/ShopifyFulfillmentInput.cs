using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopify.Wire;

/// <summary>FulfillmentInput, the <c>fulfillment</c> argument of fulfillmentCreate.</summary>
internal sealed record ShopifyFulfillmentInput(
    [property: JsonPropertyName("notifyCustomer")] bool NotifyCustomer,
    [property: JsonPropertyName("trackingInfo")] ShopifyFulfillmentTrackingInput TrackingInfo,
    [property: JsonPropertyName("lineItemsByFulfillmentOrder")] IReadOnlyList<ShopifyFulfillmentOrderLineItemsInput> LineItemsByFulfillmentOrder);
