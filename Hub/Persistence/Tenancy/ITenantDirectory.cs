namespace CrossBorderHub.Persistence;

/// <summary>Tenants and their ERP keys, and which tenant owns a store.</summary>
public interface ITenantDirectory
{
    Task<TenantView> CreateTenantAsync(string name, CancellationToken ct);

    Task<IReadOnlyList<TenantView>> ListTenantsAsync(CancellationToken ct);

    Task<TenantView?> FindTenantAsync(Guid id, CancellationToken ct);

    /// <summary>Null when the tenant does not exist.</summary>
    Task<ApiKeyView?> CreateKeyAsync(NewApiKey key, CancellationToken ct);

    Task<IReadOnlyList<ApiKeyView>> ListKeysAsync(Guid tenantId, CancellationToken ct);

    /// <summary>Marks the key revoked (once; a second call keeps the first time). Null when the tenant has no such key.</summary>
    Task<ApiKeyView?> RevokeKeyAsync(Guid tenantId, Guid keyId, DateTimeOffset revokedAt, CancellationToken ct);

    /// <summary>The live (not revoked) key with this hash, or null.</summary>
    Task<ApiKeyView?> FindLiveKeyByHashAsync(string hash, CancellationToken ct);

    /// <summary>The tenant that owns the store, or null when there is no such store.</summary>
    Task<Guid?> OwnerOfStoreAsync(Guid storeId, CancellationToken ct);
}
