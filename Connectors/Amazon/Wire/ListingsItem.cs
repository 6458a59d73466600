using System.Text.Json;
using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Amazon.Wire;

/// <summary>Listings Items 2021-08-01 Item: one seller SKU with what includedData asked for.</summary>
internal sealed record ListingsItem
{
    [JsonPropertyName("sku")]
    public string? Sku { get; init; }

    [JsonPropertyName("summaries")]
    public IReadOnlyList<ListingsItemSummary>? Summaries { get; init; }

    /// <summary>Product-type attributes by name, each an array of values tagged with marketplace_id (and language_tag).</summary>
    [JsonPropertyName("attributes")]
    public IReadOnlyDictionary<string, JsonElement>? Attributes { get; init; }

    [JsonPropertyName("offers")]
    public IReadOnlyList<ListingsItemOffer>? Offers { get; init; }

    [JsonPropertyName("fulfillmentAvailability")]
    public IReadOnlyList<ListingsFulfillmentAvailability>? FulfillmentAvailability { get; init; }
}
