using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Amazon.Wire;

/// <summary>
/// The package confirmed: packageReferenceId (a seller-supplied positive number), carrierCode (carrierName when the
/// code is "Other"), shippingMethod, trackingNumber, shipDate (ISO 8601) and the order items in it.
/// </summary>
internal sealed record ConfirmShipmentPackageDetail
{
    [JsonPropertyName("packageReferenceId")]
    public required string PackageReferenceId { get; init; }

    [JsonPropertyName("carrierCode")]
    public required string CarrierCode { get; init; }

    [JsonPropertyName("carrierName")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? CarrierName { get; init; }

    [JsonPropertyName("shippingMethod")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ShippingMethod { get; init; }

    [JsonPropertyName("trackingNumber")]
    public required string TrackingNumber { get; init; }

    [JsonPropertyName("shipDate")]
    public required string ShipDate { get; init; }

    [JsonPropertyName("orderItems")]
    public required IReadOnlyList<ConfirmShipmentOrderItem> OrderItems { get; init; }
}
