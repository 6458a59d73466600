using System.Globalization;

namespace CrossBorderHub.Connectors.TikTokShop.Sandbox;

/// <summary>
/// The shop's current token pair: a refresh or a new authorization issues a new pair and retires the old one (refresh
/// tokens are single-use).
/// </summary>
internal sealed class TikTokShopSandboxTokens(string accessToken, string refreshToken, DateTimeOffset? accessExpiresAt)
{
    private readonly Lock _gate = new();
    private string _access = accessToken;
    private string _refresh = refreshToken;
    private DateTimeOffset? _expiresAt = accessExpiresAt;
    private int _refreshes;
    private int _grants;

    public int Refreshes => Volatile.Read(ref _refreshes);

    public bool AcceptsAccess(string? token, DateTimeOffset now)
    {
        lock (_gate)
        {
            return string.Equals(token, _access, StringComparison.Ordinal) && (_expiresAt is not { } expiry || now < expiry);
        }
    }

    /// <summary>A pair issued for a new authorization (a code exchange): it replaces the current pair, which stops working.</summary>
    public (string Access, string Refresh, DateTimeOffset ExpiresAt) Grant(DateTimeOffset now, TimeSpan lifetime)
    {
        lock (_gate)
        {
            var n = ++_grants;
            _access = $"{_access.Split('.')[0]}.g{n.ToString(CultureInfo.InvariantCulture)}";
            _refresh = $"{_refresh.Split('.')[0]}.g{n.ToString(CultureInfo.InvariantCulture)}";
            _expiresAt = DateTimeOffset.FromUnixTimeSeconds((now + lifetime).ToUnixTimeSeconds());
            return (_access, _refresh, _expiresAt.Value);
        }
    }

    /// <summary>The current pair stops working and no other takes its place until the next grant.</summary>
    public void Retire()
    {
        lock (_gate)
        {
            var n = ++_grants;
            _access = $"{_access.Split('.')[0]}.retired{n.ToString(CultureInfo.InvariantCulture)}";
            _refresh = $"{_refresh.Split('.')[0]}.retired{n.ToString(CultureInfo.InvariantCulture)}";
        }
    }

    /// <summary>The new pair and the access token's expiry, or null when the refresh token is not the current one.</summary>
    public (string Access, string Refresh, DateTimeOffset ExpiresAt)? Refresh(string? refreshToken, DateTimeOffset now, TimeSpan lifetime)
    {
        lock (_gate)
        {
            if (!string.Equals(refreshToken, _refresh, StringComparison.Ordinal))
            {
                return null;
            }

            var n = ++_refreshes;
            _access = $"{_access.Split('.')[0]}.{n.ToString(CultureInfo.InvariantCulture)}";
            _refresh = $"{_refresh.Split('.')[0]}.{n.ToString(CultureInfo.InvariantCulture)}";
            _expiresAt = DateTimeOffset.FromUnixTimeSeconds((now + lifetime).ToUnixTimeSeconds());
            return (_access, _refresh, _expiresAt.Value);
        }
    }
}
