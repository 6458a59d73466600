using CrossBorderHub.Connectors.Kit.Http;
using CrossBorderHub.Connectors.TikTokShop.Http;

namespace CrossBorderHub.Connectors.TikTokShop;

/// <summary>
/// One pull's or push's view of a shop: its typed settings, the hosts its calls go to, and its credentials as they
/// stand now (replaced when the access token is refreshed mid-run).
/// </summary>
internal sealed class TikTokShopSession
{
    private TikTokShopSession(StoreAccount account, TikTokShopSettings settings, Uri baseUrl, Uri authUrl)
    {
        Account = account;
        Settings = settings;
        BaseUrl = baseUrl;
        AuthUrl = authUrl;
        Credentials = account.Credentials;
        ShopCipher = string.IsNullOrEmpty(settings.ShopCipher) ? null : settings.ShopCipher;
        StoreKey = account.Id.ToString("N");
    }

    public StoreAccount Account { get; }

    public TikTokShopSettings Settings { get; }

    public Uri BaseUrl { get; }

    public Uri AuthUrl { get; }

    public string StoreKey { get; }

    public IReadOnlyDictionary<string, string> Credentials { get; set; }

    /// <summary>The shop's cipher: from the settings, or found in the authorized shops list (null until then).</summary>
    public string? ShopCipher { get; set; }

    public ThrottleMeter Meter { get; } = new();

    /// <exception cref="MarketplaceException">Rejected: the stored account is not TikTok Shop's.</exception>
    public static TikTokShopSession Open(StoreAccount account)
    {
        var (settings, _) = TikTokShopStoreAccount.Read(account);
        var hosts = TikTokShopStoreAccount.Definition.HostsFor(account.Settings);
        return new TikTokShopSession(account, settings, account.BaseUrl ?? hosts.Api, account.AuthUrl ?? hosts.Auth!);
    }

    public TikTokShopCredentials Typed() => (Account with { Credentials = Credentials }).CredentialsAs<TikTokShopCredentials>();

    /// <summary>A shop-scoped call's context, with the shop cipher.</summary>
    public TikTokShopRequestContext Context() => Context(ShopCipher ?? throw new InvalidOperationException("The shop cipher is not known yet."));

    /// <summary>An app-level call's context (authorization, seller): no shop cipher.</summary>
    public TikTokShopRequestContext AppContext() => Context(null);

    private TikTokShopRequestContext Context(string? shopCipher)
    {
        var credentials = Typed();
        return new TikTokShopRequestContext(StoreKey, BaseUrl, Settings.AppKey, credentials.AppSecret, credentials.AccessToken, shopCipher) { Meter = Meter };
    }
}
