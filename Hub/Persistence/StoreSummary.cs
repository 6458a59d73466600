namespace CrossBorderHub.Persistence;

/// <summary>A store account as the API shows it: settings, never credentials.</summary>
public sealed record StoreSummary(
    Guid Id,
    Guid SellerId,
    string Marketplace,
    string Name,
    IReadOnlyDictionary<string, string> Settings,
    Uri? BaseUrl,
    Uri? AuthUrl,
    DateTimeOffset CreatedAt);
