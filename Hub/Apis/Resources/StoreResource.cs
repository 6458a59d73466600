using System.Text.Json;
using CrossBorderHub.Persistence;

namespace CrossBorderHub.Hub.Apis.Resources;

/// <summary>
/// A connected store of a tenant, with its status (Active, Paused, NeedsReauthorization, Removed), why, and since when.
/// Credentials are write-only: no endpoint returns them.
/// </summary>
public sealed record StoreResource(
    Guid Id,
    Guid TenantId,
    string Marketplace,
    string Name,
    JsonElement Settings,
    Uri? BaseUrl,
    Uri? AuthUrl,
    DateTimeOffset CreatedAt,
    StoreStatus Status,
    string? StatusReason,
    DateTimeOffset StatusChangedAt)
{
    public static StoreResource From(StoreSummary store) =>
        new(store.Id, store.SellerId, store.Marketplace, store.Name, store.Settings, store.BaseUrl, store.AuthUrl, store.CreatedAt, store.Status, store.StatusReason, store.StatusChangedAt);
}
