using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.TikTokShop.Wire;

/// <summary>One SKU of a product: TikTok's id, the seller's SKU, price and stock per warehouse.</summary>
internal sealed record TikTokSku
{
    [JsonPropertyName("id")]
    public string? Id { get; init; }

    [JsonPropertyName("seller_sku")]
    public string? SellerSku { get; init; }

    [JsonPropertyName("price")]
    public TikTokSkuPrice? Price { get; init; }

    [JsonPropertyName("inventory")]
    public IReadOnlyList<TikTokSkuInventory>? Inventory { get; init; }

    [JsonPropertyName("identifier_code")]
    public TikTokIdentifierCode? IdentifierCode { get; init; }

    [JsonPropertyName("sales_attributes")]
    public IReadOnlyList<TikTokSalesAttribute>? SalesAttributes { get; init; }
}
