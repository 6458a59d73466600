using System.Text.Json;

namespace CrossBorderHub.Persistence;

/// <summary>A store account as the API shows it: settings and status, never credentials.</summary>
public sealed record StoreSummary(
    Guid Id,
    Guid SellerId,
    string Marketplace,
    string Name,
    JsonElement Settings,
    Uri? BaseUrl,
    Uri? AuthUrl,
    DateTimeOffset CreatedAt,
    StoreStatus Status,
    string? StatusReason,
    DateTimeOffset StatusChangedAt);
