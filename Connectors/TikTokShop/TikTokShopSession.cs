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
        StoreKey = account.Id.ToString("N");
    }

    public StoreAccount Account { get; }

    public TikTokShopSettings Settings { get; }

    public Uri BaseUrl { get; }

    public Uri AuthUrl { get; }

    public string StoreKey { get; }

    public IReadOnlyDictionary<string, string> Credentials { get; set; }

    public ThrottleMeter Meter { get; } = new();

    /// <exception cref="MarketplaceException">Rejected: the stored account is not TikTok Shop's.</exception>
    public static TikTokShopSession Open(StoreAccount account)
    {
        var (settings, _) = TikTokShopStoreAccount.Read(account);
        var hosts = TikTokShopStoreAccount.Definition.HostsFor(account.Settings);
        return new TikTokShopSession(account, settings, account.BaseUrl ?? hosts.Api, account.AuthUrl ?? hosts.Auth!);
    }

    public TikTokShopCredentials Typed() => (Account with { Credentials = Credentials }).CredentialsAs<TikTokShopCredentials>();

    public TikTokShopRequestContext Context()
    {
        var credentials = Typed();
        return new TikTokShopRequestContext(StoreKey, BaseUrl, Settings.AppKey, credentials.AppSecret, credentials.AccessToken, Settings.ShopCipher) { Meter = Meter };
    }
}
