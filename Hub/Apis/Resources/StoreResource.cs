using CrossBorderHub.Persistence;

namespace CrossBorderHub.Hub.Apis.Resources;

/// <summary>A connected store. Credentials are write-only: no endpoint returns them.</summary>
public sealed record StoreResource(
    Guid Id,
    Guid SellerId,
    string Marketplace,
    string Name,
    IReadOnlyDictionary<string, string> Settings,
    Uri? BaseUrl,
    Uri? AuthUrl,
    DateTimeOffset CreatedAt)
{
    public static StoreResource From(StoreSummary store) =>
        new(store.Id, store.SellerId, store.Marketplace, store.Name, store.Settings, store.BaseUrl, store.AuthUrl, store.CreatedAt);
}
