using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Amazon.Wire;

/// <summary>Orders API v0 confirmShipment body.</summary>
internal sealed record ConfirmShipmentRequest(
    [property: JsonPropertyName("marketplaceId")] string MarketplaceId,
    [property: JsonPropertyName("packageDetail")] ConfirmShipmentPackageDetail PackageDetail);
