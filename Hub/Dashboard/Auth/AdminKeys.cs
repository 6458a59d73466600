using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using CrossBorderHub.Hub.Auth;
using Microsoft.Extensions.Options;

namespace CrossBorderHub.Hub.Dashboard.Auth;

/// <summary>Checks a key typed on the sign-in page against the configured admin keys, in constant time, and builds the session's principal.</summary>
public sealed class AdminKeys(IOptionsMonitor<ApiKeyOptions> keys)
{
    public bool IsAdminKey(string? presented)
    {
        if (string.IsNullOrEmpty(presented))
        {
            return false;
        }

        var bytes = Encoding.UTF8.GetBytes(presented);
        var found = false;
        foreach (var candidate in keys.CurrentValue.AdminKeys)
        {
            found |= !string.IsNullOrEmpty(candidate) && CryptographicOperations.FixedTimeEquals(bytes, Encoding.UTF8.GetBytes(candidate));
        }

        return found;
    }

    public static ClaimsPrincipal SessionPrincipal() =>
        new(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, ApiKeyDefaults.AdminRole), new Claim(ClaimTypes.Role, ApiKeyDefaults.AdminRole)],
            DashboardAuthDefaults.CookieScheme));
}
