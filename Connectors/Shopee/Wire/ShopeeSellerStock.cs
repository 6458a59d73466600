using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopee.Wire;

/// <summary>The stock to set at a location; location_id is left out for a shop without warehouses.</summary>
internal sealed record ShopeeSellerStock(
    [property: JsonPropertyName("location_id")] string? LocationId,
    [property: JsonPropertyName("stock")] long Stock);
