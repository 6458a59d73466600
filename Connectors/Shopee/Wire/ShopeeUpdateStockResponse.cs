using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopee.Wire;

/// <summary>update_stock's answer: models set (with the stock now held) and models refused, each with Shopee's reason.</summary>
internal sealed record ShopeeUpdateStockResponse
{
    [JsonPropertyName("success_list")]
    public IReadOnlyList<ShopeeStockSuccess>? SuccessList { get; init; }

    [JsonPropertyName("failure_list")]
    public IReadOnlyList<ShopeeStockFailure>? FailureList { get; init; }
}
