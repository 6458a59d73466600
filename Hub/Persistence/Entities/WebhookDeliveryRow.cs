using CrossBorderHub.Connectors;

namespace CrossBorderHub.Persistence.Entities;

/// <summary>A verified push for one store: what it claimed (never its body) and what the hub did with it.</summary>
internal sealed class WebhookDeliveryRow
{
    public Guid Id { get; set; }
    public string Marketplace { get; set; } = "";

    /// <summary>The marketplace's id of the delivery; null when it sends none (then every push is processed).</summary>
    public string? DeliveryId { get; set; }

    public Guid StoreId { get; set; }
    public string Topic { get; set; } = "";
    public MarketplaceCapabilities Pulls { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }

    /// <summary>Null until the processor has started the syncs it calls for.</summary>
    public DateTimeOffset? ProcessedAt { get; set; }

    public WebhookOutcome? Outcome { get; set; }
    public string? Detail { get; set; }
}
