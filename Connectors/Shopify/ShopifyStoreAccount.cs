using CrossBorderHub.Connectors.Shopify.Http;

namespace CrossBorderHub.Connectors.Shopify;

/// <summary>Reads and checks a store's Shopify settings.</summary>
internal static class ShopifyStoreAccount
{
    public static IReadOnlyList<StoreAccountError> Validate(StoreAccount account)
    {
        var errors = new List<StoreAccountError>();
        var domain = account.Setting(ShopifyConstants.ShopDomainSetting);
        if (string.IsNullOrWhiteSpace(domain))
        {
            errors.Add(new StoreAccountError($"settings.{ShopifyConstants.ShopDomainSetting}", "The shop's myshopify.com domain is required, e.g. acme.myshopify.com."));
        }
        else if (!IsShopDomain(domain))
        {
            errors.Add(new StoreAccountError($"settings.{ShopifyConstants.ShopDomainSetting}", $"'{domain}' is not a shop domain like acme.myshopify.com (no scheme, no path)."));
        }

        if (string.IsNullOrWhiteSpace(account.Credential(ShopifyConstants.AccessTokenCredential)))
        {
            errors.Add(new StoreAccountError($"credentials.{ShopifyConstants.AccessTokenCredential}", "The Admin API access token is required."));
        }

        return errors;
    }

    public static ShopifyRequestContext Context(StoreAccount account, int requestedCost)
    {
        var errors = Validate(account);
        if (errors.Count > 0)
        {
            throw new ArgumentException($"Store {account.Id} cannot be used with Shopify: {string.Join("; ", errors.Select(e => $"{e.Field}: {e.Message}"))}", nameof(account));
        }

        var baseUrl = account.BaseUrl ?? new Uri($"https://{account.Setting(ShopifyConstants.ShopDomainSetting)}");
        return new ShopifyRequestContext(account.Id.ToString("N"), baseUrl, account.Credential(ShopifyConstants.AccessTokenCredential)!, requestedCost);
    }

    private static bool IsShopDomain(string domain) =>
        domain.EndsWith(ShopifyConstants.MyShopifySuffix, StringComparison.OrdinalIgnoreCase)
        && domain.Length > ShopifyConstants.MyShopifySuffix.Length
        && Uri.CheckHostName(domain) == UriHostNameType.Dns;
}
