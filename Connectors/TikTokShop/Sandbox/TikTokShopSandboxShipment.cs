namespace CrossBorderHub.Connectors.TikTokShop.Sandbox;

/// <summary>A package the sandbox shipped: what the ship call carried.</summary>
public sealed record TikTokShopSandboxShipment(string PackageId, string OrderId, string TrackingNumber, string ShippingProviderId, DateTimeOffset ShippedAt);
