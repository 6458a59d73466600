using CrossBorderHub.Connectors.Kit.Http;
using CrossBorderHub.Connectors.Shopee.Http;

namespace CrossBorderHub.Connectors.Shopee;

/// <summary>
/// One run's view of a store: its settings, host and the credentials in use, which change when the run refreshes the
/// access token (the single-use refresh token is replaced at the same time).
/// </summary>
internal sealed class ShopeeSession
{
    private ShopeeSession(StoreAccount account, ShopeeSettings settings, ShopeeCredentials credentials, Uri baseUrl)
    {
        Account = account;
        Settings = settings;
        Credentials = credentials;
        Seen = account.Credentials;
        BaseUrl = baseUrl;
    }

    public StoreAccount Account { get; }

    public ShopeeSettings Settings { get; }

    public Uri BaseUrl { get; }

    public ShopeeCredentials Credentials { get; private set; }

    /// <summary>The credentials as stored when this session last read or wrote them.</summary>
    public IReadOnlyDictionary<string, string> Seen { get; private set; }

    /// <summary>True once this session refreshed (or took another caller's refresh of) the tokens.</summary>
    public bool Refreshed { get; private set; }

    public ThrottleMeter Meter { get; } = new();

    public string StoreKey => Account.Id.ToString("N");

    public static ShopeeSession Open(StoreAccount account)
    {
        var (settings, credentials, baseUrl) = ShopeeStoreAccount.Read(account);
        return new ShopeeSession(account, settings, credentials, baseUrl);
    }

    public ShopeeRequestContext Shop(string operation) =>
        new(StoreKey, BaseUrl, Settings.PartnerId, Credentials.PartnerKey, Credentials.AccessToken, Settings.ShopId, operation) { Meter = Meter };

    public ShopeeRequestContext Public(string operation, string partnerKey) =>
        new(StoreKey, BaseUrl, Settings.PartnerId, partnerKey, null, null, operation) { Meter = Meter };

    public void Use(IReadOnlyDictionary<string, string> rotated)
    {
        Credentials = ShopeeStoreAccount.CredentialsFrom(rotated);
        Seen = rotated;
        Refreshed = true;
    }
}
