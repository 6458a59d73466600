using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Amazon.Wire;

internal sealed record AmazonTimeWindow(
    [property: JsonPropertyName("earliestDateTime")] DateTimeOffset? EarliestDateTime,
    [property: JsonPropertyName("latestDateTime")] DateTimeOffset? LatestDateTime);
