namespace CrossBorderHub.Connectors.Shopify.Consent;

/// <summary>The names of Shopify's authorization code grant, its callback and the hub app's configured values.</summary>
public static class ShopifyConsentConstants
{
    /// <summary>App value: the app's client id (API key).</summary>
    public const string ClientIdValue = "clientId";

    /// <summary>App value: the app's client secret (API secret key); it signs the callback and every webhook.</summary>
    public const string ClientSecretValue = "clientSecret";

    /// <summary>App value (optional): the scopes to request, comma-separated; <see cref="ShopifyScopes.Default"/> when absent.</summary>
    public const string ScopesValue = "scopes";

    /// <summary>The seller's input: the shop's permanent domain.</summary>
    public const string ShopDomainInput = ShopifyConstants.ShopDomainSetting;

    public const string AuthorizePath = "/admin/oauth/authorize";

    public const string AccessTokenPath = "/admin/oauth/access_token";

    /// <summary>Shopify's tolerance for the callback's timestamp against the app's clock (its own libraries use 90 s).</summary>
    public static readonly TimeSpan TimestampTolerance = TimeSpan.FromSeconds(90);

    public const string OAuthHttpClientName = "shopify-oauth";

    /// <summary>Query parameters of the consent URL and the callback.</summary>
    public static class Query
    {
        public const string ClientId = "client_id";
        public const string Scope = "scope";
        public const string RedirectUri = "redirect_uri";
        public const string State = "state";
        public const string Code = "code";
        public const string Hmac = "hmac";
        public const string Host = "host";
        public const string Shop = "shop";
        public const string Timestamp = "timestamp";

        /// <summary>An OAuth error in place of the code (Shopify itself sends a cancelling seller back to the admin instead).</summary>
        public const string Error = "error";

        /// <summary>Signs app proxy requests; never part of the admin hmac message.</summary>
        public const string Signature = "signature";
    }
}
