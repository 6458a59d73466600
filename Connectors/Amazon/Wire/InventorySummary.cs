using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Amazon.Wire;

/// <summary>FBA stock of one seller SKU; inventoryDetails only when the call asked for details=true.</summary>
internal sealed record InventorySummary
{
    [JsonPropertyName("asin")]
    public string? Asin { get; init; }

    [JsonPropertyName("fnSku")]
    public string? FnSku { get; init; }

    [JsonPropertyName("sellerSku")]
    public string? SellerSku { get; init; }

    [JsonPropertyName("condition")]
    public string? Condition { get; init; }

    [JsonPropertyName("inventoryDetails")]
    public InventoryDetails? InventoryDetails { get; init; }

    /// <summary>A date-time, though summaries without details have been seen with an empty string here.</summary>
    [JsonPropertyName("lastUpdatedTime")]
    public string? LastUpdatedTime { get; init; }

    [JsonPropertyName("productName")]
    public string? ProductName { get; init; }

    /// <summary>Units inbound or in Amazon's fulfillment centres.</summary>
    [JsonPropertyName("totalQuantity")]
    public int? TotalQuantity { get; init; }
}
