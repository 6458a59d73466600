using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopify.Wire;

/// <summary>data of the shop currency query.</summary>
internal sealed record ShopifyShopData(
    [property: JsonPropertyName("shop")] ShopifyShop? Shop);
