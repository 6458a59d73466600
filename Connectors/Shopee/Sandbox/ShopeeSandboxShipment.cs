namespace CrossBorderHub.Connectors.Shopee.Sandbox;

/// <summary>A ship_order the shop accepted: the order, the mode it shipped by and the tracking number Shopee holds for it.</summary>
public sealed record ShopeeSandboxShipment(string OrderSn, string Mode, string TrackingNumber);
