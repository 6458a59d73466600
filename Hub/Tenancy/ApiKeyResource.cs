using CrossBorderHub.Persistence;

namespace CrossBorderHub.Hub.Tenancy;

/// <summary>An ERP key as listed: never the key, only its first characters (<see cref="Prefix"/>) to tell keys apart.</summary>
public sealed record ApiKeyResource(Guid Id, Guid TenantId, string Name, string Prefix, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt)
{
    public static ApiKeyResource From(ApiKeyView key) => new(key.Id, key.TenantId, key.Name, key.Prefix, key.CreatedAt, key.RevokedAt);
}
