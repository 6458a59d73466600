using System.Globalization;
using System.Security.Claims;
using CrossBorderHub.Hub.Auth;

namespace CrossBorderHub.Hub.Tenancy;

/// <summary>The claim an ERP key's principal carries: the tenant whose data it may read. Admin principals carry none.</summary>
internal static class TenantClaims
{
    public const string TenantId = "cbh:tenant";

    public static Claim For(Guid tenantId) => new(TenantId, tenantId.ToString("D", CultureInfo.InvariantCulture));

    /// <summary>
    /// Null for an admin (every tenant). Any other principal is limited to the tenant in its claim, or to no tenant at all
    /// (<see cref="Guid.Empty"/> owns nothing) when the claim is missing or unreadable, so a mistake fails closed.
    /// </summary>
    public static Guid? TenantOf(ClaimsPrincipal user)
    {
        if (user.IsInRole(ApiKeyDefaults.AdminRole))
        {
            return null;
        }

        return Guid.TryParse(user.FindFirst(TenantId)?.Value, out var tenant) ? tenant : Guid.Empty;
    }
}
