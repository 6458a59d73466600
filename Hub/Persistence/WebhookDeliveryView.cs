using CrossBorderHub.Connectors;

namespace CrossBorderHub.Persistence;

/// <summary>A recorded push for one store, and what became of it.</summary>
public sealed record WebhookDeliveryView(
    Guid Id,
    string Marketplace,
    string? DeliveryId,
    Guid StoreId,
    string Topic,
    MarketplaceCapabilities Pulls,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? ProcessedAt,
    WebhookOutcome? Outcome,
    string? Detail);
