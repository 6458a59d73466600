using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopee.Wire;

/// <summary>Stock at one location; location_id is absent for a shop without warehouses.</summary>
internal sealed record ShopeeStockLocation
{
    [JsonPropertyName("location_id")]
    public string? LocationId { get; init; }

    /// <summary>An int in seller_stock, documented as a string in get_model_list's shopee_stock: both are read.</summary>
    [JsonPropertyName("stock")]
    [JsonConverter(typeof(ShopeeLenientIntConverter))]
    public int? Stock { get; init; }

    [JsonPropertyName("if_saleable")]
    public bool? IfSaleable { get; init; }
}
