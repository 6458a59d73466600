using CrossBorderHub.Persistence;

namespace CrossBorderHub.Hub.Tenancy;

/// <summary>A tenant: a seller who owns store accounts and ERP keys.</summary>
public sealed record TenantResource(Guid Id, string Name, DateTimeOffset CreatedAt)
{
    public static TenantResource From(TenantView tenant) => new(tenant.Id, tenant.Name, tenant.CreatedAt);
}
