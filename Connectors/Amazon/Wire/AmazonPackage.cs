using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Amazon.Wire;

/// <summary>Orders API 2026-01-01 package (includedData PACKAGES): what confirmShipment recorded.</summary>
internal sealed record AmazonPackage(
    [property: JsonPropertyName("packageReferenceId")] string? PackageReferenceId,
    [property: JsonPropertyName("carrier")] string? Carrier,
    [property: JsonPropertyName("trackingNumber")] string? TrackingNumber);
