using CrossBorderHub.Persistence;

namespace CrossBorderHub.Hub.Tenancy;

/// <summary>
/// What the caller of this request may read: everything (admin) or one tenant's stores and what hangs off them.
/// Reads of another tenant's ids answer as if the id did not exist, so ids cannot be probed.
/// </summary>
internal sealed class TenantAccess(IHttpContextAccessor http, ITenantDirectory directory)
{
    private Guid? _tenant;
    private bool _read;

    /// <summary>The caller's tenant, or null when it may read every tenant's data.</summary>
    public Guid? Tenant
    {
        get
        {
            if (!_read)
            {
                _tenant = http.HttpContext is { } context ? TenantClaims.TenantOf(context.User) : Guid.Empty;
                _read = true;
            }

            return _tenant;
        }
    }

    public bool Owns(Guid tenantId) => Tenant is not { } tenant || tenant == tenantId;

    public async Task<bool> CanSeeStoreAsync(Guid storeId, CancellationToken ct) =>
        Tenant is not { } tenant || await directory.OwnerOfStoreAsync(storeId, ct) == tenant;
}
