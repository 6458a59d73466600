using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Amazon.Wire;

internal sealed record AmazonSalesChannel(
    [property: JsonPropertyName("channelName")] string? ChannelName,
    [property: JsonPropertyName("marketplaceId")] string? MarketplaceId);
