using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace CrossBorderHub.Connectors.SandboxKit.Consent;

/// <summary>
/// Authorization codes a simulated consent page issues: random, single-use and valid for <paramref name="validity"/>,
/// each carrying what the token endpoint must know when it is exchanged (the shop, the redirect it was issued for).
/// </summary>
public sealed class SandboxConsentCodes<TGrant>(TimeProvider clock, TimeSpan validity)
    where TGrant : class
{
    private readonly ConcurrentDictionary<string, (TGrant Grant, DateTimeOffset ExpiresAt)> _codes = new(StringComparer.Ordinal);

    /// <summary>A new code for <paramref name="grant"/>.</summary>
    public string Issue(TGrant grant)
    {
        var code = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        _codes[code] = (grant, clock.GetUtcNow() + validity);
        return code;
    }

    /// <summary>The grant of an unspent, unexpired code, spending it; null for an unknown, spent or expired code.</summary>
    public TGrant? Redeem(string? code)
    {
        if (code is null || !_codes.TryRemove(code, out var entry))
        {
            return null;
        }

        return entry.ExpiresAt > clock.GetUtcNow() ? entry.Grant : null;
    }
}
