using System.Text.Json;
using CrossBorderHub.Persistence.Context;
using CrossBorderHub.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace CrossBorderHub.Persistence.Stores;

internal sealed partial class StoreAccountRepository(IHubDbContextFactory contexts, CredentialProtector protector, TimeProvider time)
    : IStoreAccountRepository
{
    public async Task<StoreSummary> CreateAsync(NewStoreAccount store, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(store.Marketplace);
        ArgumentException.ThrowIfNullOrWhiteSpace(store.Name);

        var now = time.GetUtcNow();
        var row = new StoreRow
        {
            Id = Guid.CreateVersion7(now),
            SellerId = store.SellerId,
            Marketplace = store.Marketplace,
            Name = store.Name,
            Settings = SettingsText(store.Settings),
            BaseUrl = store.BaseUrl?.ToString(),
            AuthUrl = store.AuthUrl?.ToString(),
            CreatedAt = now,
            Status = StoreStatus.Active,
            StatusReason = StoreStatusReasons.Connected,
            StatusChangedAt = now,
        };

        await using var db = contexts.CreateDbContext();
        if (!await db.Sellers.AnyAsync(s => s.Id == store.SellerId, ct))
        {
            db.Sellers.Add(new SellerRow
            {
                Id = store.SellerId,
                Name = store.SellerId == Sellers.Default ? Sellers.DefaultName : store.SellerId.ToString(),
                CreatedAt = now,
            });
        }

        db.Stores.Add(row);
        db.StoreCredentials.Add(new StoreCredentialRow
        {
            StoreId = row.Id,
            Protected = protector.Protect(row.Id, store.Credentials),
            UpdatedAt = now,
        });
        await db.SaveChangesAsync(ct);
        return ToSummary(row);
    }

    public async Task<StoreSummary?> FindAsync(Guid id, CancellationToken ct)
    {
        await using var db = contexts.CreateDbContext();
        var row = await db.Stores.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct);
        return row is null ? null : ToSummary(row);
    }

    public async Task<IReadOnlyList<StoreSummary>> ListAsync(CancellationToken ct)
    {
        await using var db = contexts.CreateDbContext();
        var rows = await db.Stores.AsNoTracking().OrderBy(s => s.Marketplace).ThenBy(s => s.Name).ToListAsync(ct);
        return rows.ConvertAll(ToSummary);
    }

    public async Task<StoreSummary?> FindByNameAsync(Guid sellerId, string marketplace, string name, CancellationToken ct)
    {
        await using var db = contexts.CreateDbContext();
        var row = await db.Stores.AsNoTracking()
            .FirstOrDefaultAsync(s => s.SellerId == sellerId && s.Marketplace == marketplace && s.Name == name, ct);
        return row is null ? null : ToSummary(row);
    }

    public async Task<bool> UpdateEndpointsAsync(Guid id, Uri? baseUrl, Uri? authUrl, CancellationToken ct)
    {
        await using var db = contexts.CreateDbContext();
        var changed = await db.Stores
            .Where(s => s.Id == id)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.BaseUrl, baseUrl == null ? null : baseUrl.ToString()).SetProperty(s => s.AuthUrl, authUrl == null ? null : authUrl.ToString()), ct);
        return changed > 0;
    }

    internal static string SettingsText(JsonElement settings) =>
        settings.ValueKind == JsonValueKind.Object ? settings.GetRawText() : "{}";

    internal static JsonElement SettingsOf(StoreRow row) => JsonSerializer.Deserialize<JsonElement>(row.Settings);

    private static StoreSummary ToSummary(StoreRow row) => new(
        row.Id,
        row.SellerId,
        row.Marketplace,
        row.Name,
        SettingsOf(row),
        ToUri(row.BaseUrl),
        ToUri(row.AuthUrl),
        row.CreatedAt,
        row.Status,
        row.StatusReason,
        row.StatusChangedAt);

    internal static Uri? ToUri(string? value) => value is null ? null : new Uri(value, UriKind.Absolute);
}
