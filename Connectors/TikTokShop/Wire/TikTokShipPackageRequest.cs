using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.TikTokShop.Wire;

/// <summary>The body of POST /fulfillment/202309/packages/{package_id}/ship for a seller-shipped package.</summary>
internal sealed record TikTokShipPackageRequest(
    [property: JsonPropertyName("handover_method"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? HandoverMethod,
    [property: JsonPropertyName("self_shipment")] TikTokSelfShipment SelfShipment);
