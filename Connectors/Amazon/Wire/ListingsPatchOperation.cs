using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Amazon.Wire;

/// <summary>One JSON Patch operation (add, replace, merge, delete) on /attributes/{name}.</summary>
internal sealed record ListingsPatchOperation(
    [property: JsonPropertyName("op")] string Op,
    [property: JsonPropertyName("path")] string Path,
    [property: JsonPropertyName("value")] IReadOnlyList<FulfillmentAvailabilityAttribute> Value);
