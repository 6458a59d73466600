using CrossBorderHub.Connectors.Shopify.Http;

namespace CrossBorderHub.Connectors.Shopify;

/// <summary>A Shopify store account: <see cref="ShopifySettings"/>, <see cref="ShopifyCredentials"/>, and the shop's own host.</summary>
internal sealed class ShopifyStoreAccount : StoreAccountDefinition<ShopifySettings, ShopifyCredentials>
{
    public static ShopifyStoreAccount Definition { get; } = new();

    /// <summary>The request context for one call: the store's host (its shop domain unless the hub allowed an override) and token.</summary>
    /// <exception cref="MarketplaceException">Rejected: the stored settings or credentials are not Shopify's, so no call is made (retrying cannot help).</exception>
    public static ShopifyRequestContext Context(StoreAccount account, int requestedCost)
    {
        var errors = Definition.Validate(account.Settings, account.Credentials);
        if (errors.Count > 0)
        {
            throw new MarketplaceException(
                MarketplaceFailureKind.Rejected,
                ShopifyConstants.Marketplace,
                null,
                $"Store {account.Id} cannot be used with Shopify: {string.Join("; ", errors.Select(e => $"{e.Field}: {e.Message}"))}");
        }

        var settings = account.SettingsAs<ShopifySettings>();
        var credentials = account.CredentialsAs<ShopifyCredentials>();
        var baseUrl = account.BaseUrl ?? Definition.HostsFor(settings).Api;
        return new ShopifyRequestContext(account.Id.ToString("N"), baseUrl, credentials.AccessToken, requestedCost);
    }

    /// <summary>The shop domain, lower-cased (Shopify treats it so).</summary>
    protected override string? AccountKeyOf(ShopifySettings settings) => settings.ShopDomain.ToLowerInvariant();

    protected override MarketplaceHosts HostsFor(ShopifySettings settings) => new(new Uri($"https://{settings.ShopDomain}"));

    protected override IEnumerable<StoreAccountError> Check(ShopifySettings settings, ShopifyCredentials? credentials)
    {
        if (!IsShopDomain(settings.ShopDomain))
        {
            yield return new StoreAccountError(
                $"{SettingsField}.{ShopifyConstants.ShopDomainSetting}",
                $"'{MarketplaceException.Bound(settings.ShopDomain, 100)}' is not a shop domain like acme.myshopify.com (no scheme, no path).");
        }

        if (credentials is not null && string.IsNullOrWhiteSpace(credentials.AccessToken))
        {
            yield return new StoreAccountError($"{CredentialsField}.{ShopifyConstants.AccessTokenCredential}", "The Admin API access token is required.");
        }
    }

    /// <summary>A permanent shop domain: a DNS host name ending in .myshopify.com, with a shop name before it.</summary>
    internal static bool IsShopDomain(string domain) =>
        domain.EndsWith(ShopifyConstants.MyShopifySuffix, StringComparison.OrdinalIgnoreCase)
        && domain.Length > ShopifyConstants.MyShopifySuffix.Length
        && Uri.CheckHostName(domain) == UriHostNameType.Dns;
}
