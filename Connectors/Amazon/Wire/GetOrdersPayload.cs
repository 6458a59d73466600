using System.Text.Json;
using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Amazon.Wire;

internal sealed record GetOrdersPayload(
    [property: JsonPropertyName("Orders")] IReadOnlyList<JsonElement>? Orders,
    [property: JsonPropertyName("NextToken")] string? NextToken);
