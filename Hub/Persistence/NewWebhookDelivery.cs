using CrossBorderHub.Connectors;

namespace CrossBorderHub.Persistence;

/// <summary>A verified push to record once per store it verified for.</summary>
public sealed record NewWebhookDelivery(
    string Marketplace,
    string? DeliveryId,
    IReadOnlyList<Guid> StoreIds,
    string Topic,
    MarketplaceCapabilities Pulls,
    DateTimeOffset ReceivedAt);
