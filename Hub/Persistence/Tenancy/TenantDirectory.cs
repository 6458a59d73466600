using CrossBorderHub.Persistence.Context;
using CrossBorderHub.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace CrossBorderHub.Persistence.Tenancy;

internal sealed class TenantDirectory(IHubDbContextFactory contexts, TimeProvider time) : ITenantDirectory
{
    public async Task<TenantView> CreateTenantAsync(string name, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var now = time.GetUtcNow();
        var row = new SellerRow { Id = Guid.CreateVersion7(now), Name = name, CreatedAt = now };
        await using var db = contexts.CreateDbContext();
        db.Sellers.Add(row);
        await db.SaveChangesAsync(ct);
        return ToView(row);
    }

    public async Task<IReadOnlyList<TenantView>> ListTenantsAsync(CancellationToken ct)
    {
        await using var db = contexts.CreateDbContext();
        var rows = await db.Sellers.AsNoTracking().OrderBy(s => s.CreatedAt).ThenBy(s => s.Id).ToListAsync(ct);
        return rows.ConvertAll(ToView);
    }

    public async Task<TenantView?> FindTenantAsync(Guid id, CancellationToken ct)
    {
        await using var db = contexts.CreateDbContext();
        var row = await db.Sellers.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct);
        return row is null ? null : ToView(row);
    }

    public async Task<ApiKeyView?> CreateKeyAsync(NewApiKey key, CancellationToken ct)
    {
        await using var db = contexts.CreateDbContext();
        if (!await db.Sellers.AnyAsync(s => s.Id == key.TenantId, ct))
        {
            return null;
        }

        var createdAt = key.CreatedAt.ToUniversalTime();
        var row = new ApiKeyRow
        {
            Id = Guid.CreateVersion7(createdAt),
            SellerId = key.TenantId,
            Name = key.Name,
            Hash = key.Hash,
            Prefix = key.Prefix,
            CreatedAt = createdAt,
        };
        db.ApiKeys.Add(row);
        await db.SaveChangesAsync(ct);
        return ToView(row);
    }

    public async Task<IReadOnlyList<ApiKeyView>> ListKeysAsync(Guid tenantId, CancellationToken ct)
    {
        await using var db = contexts.CreateDbContext();
        var rows = await db.ApiKeys.AsNoTracking().Where(k => k.SellerId == tenantId).OrderBy(k => k.CreatedAt).ThenBy(k => k.Id).ToListAsync(ct);
        return rows.ConvertAll(ToView);
    }

    public async Task<ApiKeyView?> RevokeKeyAsync(Guid tenantId, Guid keyId, DateTimeOffset revokedAt, CancellationToken ct)
    {
        var at = revokedAt.ToUniversalTime();
        await using var db = contexts.CreateDbContext();
        await db.ApiKeys
            .Where(k => k.Id == keyId && k.SellerId == tenantId && k.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(k => k.RevokedAt, at), ct);
        var row = await db.ApiKeys.AsNoTracking().FirstOrDefaultAsync(k => k.Id == keyId && k.SellerId == tenantId, ct);
        return row is null ? null : ToView(row);
    }

    public async Task<ApiKeyView?> FindLiveKeyByHashAsync(string hash, CancellationToken ct)
    {
        await using var db = contexts.CreateDbContext();
        var row = await db.ApiKeys.AsNoTracking().FirstOrDefaultAsync(k => k.Hash == hash && k.RevokedAt == null, ct);
        return row is null ? null : ToView(row);
    }

    public async Task<Guid?> OwnerOfStoreAsync(Guid storeId, CancellationToken ct)
    {
        await using var db = contexts.CreateDbContext();
        return await db.Stores.AsNoTracking().Where(s => s.Id == storeId).Select(s => (Guid?)s.SellerId).FirstOrDefaultAsync(ct);
    }

    private static TenantView ToView(SellerRow row) => new(row.Id, row.Name, row.CreatedAt);

    private static ApiKeyView ToView(ApiKeyRow row) => new(row.Id, row.SellerId, row.Name, row.Prefix, row.CreatedAt, row.RevokedAt);
}
