using System.Text.Json;
using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopify.Wire;

internal sealed record ShopifyOrdersData(
    [property: JsonPropertyName("orders")] ShopifyConnection<JsonElement> Orders);
