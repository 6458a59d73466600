using System.Globalization;
using System.Text.Json;

namespace CrossBorderHub.Connectors.Shopee.Consent;

/// <summary>
/// Connecting a Shopee shop: the seller opens the signed shop/auth_partner link, logs in and picks the shop on Shopee's
/// own page (nothing to fill in before), and Shopee sends the browser to the redirect signed into the link with
/// <c>code</c> and <c>shop_id</c> appended. Shopee has no state parameter, so the hub's state rides in the redirect's
/// query. The code (single use, 10 minutes) is exchanged through auth/token/get for the shop's first tokens.
/// </summary>
internal sealed class ShopeeConsent(IShopeeAuthorization authorization) : IMarketplaceConsent
{
    public const string StateParameter = "state";
    public const string CodeParameter = "code";
    public const string ShopIdParameter = "shop_id";
    public const string MainAccountParameter = "main_account_id";

    public string Marketplace => ShopeeConstants.Marketplace;

    public IReadOnlyList<ConsentInputField> InputFields => [];

    public IReadOnlyList<StoreAccountError> ValidateApp(ConsentApp app) => ShopeeConsentApp.Validate(app);

    public IReadOnlyList<StoreAccountError> ValidateInput(JsonElement input)
    {
        if (input.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null)
        {
            return [];
        }

        if (input.ValueKind != JsonValueKind.Object)
        {
            return [new StoreAccountError("input", "Must be a JSON object.")];
        }

        return [.. input.EnumerateObject().Select(p => new StoreAccountError(
            $"input.{MarketplaceException.Bound(p.Name, 50)}",
            "Shopee takes no input: the seller picks the shop on Shopee's authorization page."))];
    }

    public Uri ConsentUrl(ConsentApp app, JsonElement input, Uri callback, string state)
    {
        ArgumentNullException.ThrowIfNull(callback);
        ArgumentException.ThrowIfNullOrEmpty(state);
        var shopee = ShopeeConsentApp.Read(app);
        return authorization.AuthorizationLink(shopee.Partner(app.ConsentUrl), WithState(callback, state));
    }

    public async Task<ConsentGrant> CompleteAsync(ConsentApp app, JsonElement input, Uri callback, IReadOnlyDictionary<string, string> query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var shopee = ShopeeConsentApp.Read(app);
        var (code, shopId) = Read(query);

        // Shopee serves the token endpoint and the API on one host; the app's AuthUrl, when set, is where the exchange goes.
        var tokens = await authorization.ExchangeCodeAsync(shopee.Partner(app.AuthUrl ?? app.ApiUrl), code, shopId, cancellationToken);
        var shopKey = shopId.ToString(CultureInfo.InvariantCulture);
        var name = await authorization.ShopNameAsync(shopee.Partner(app.ApiUrl), tokens, cancellationToken);
        var settings = new ShopeeSettings { PartnerId = shopee.PartnerId, ShopId = shopId, Host = shopee.Host };
        var credentials = new ShopeeCredentials { PartnerKey = shopee.PartnerKey, AccessToken = tokens.AccessToken, RefreshToken = tokens.RefreshToken };
        return new ConsentGrant(
            shopKey,
            name ?? $"Shopee shop {shopKey}",
            JsonSerializer.SerializeToElement(settings, StoreAccountJson.Options),
            credentials.ToDictionary(),
            app.ApiUrl,
            app.AuthUrl);
    }

    /// <summary>The code and the shop id of a shop-account authorization; anything else is refused with a reason for the seller.</summary>
    private static (string Code, long ShopId) Read(IReadOnlyDictionary<string, string> query)
    {
        var shop = Value(query, ShopIdParameter);
        if (Value(query, MainAccountParameter) is not null)
        {
            throw new ConsentRefusedException(shop is null
                ? "The authorization was given from a Shopee main account, which the hub does not support yet: authorize again while logged in to the shop account itself."
                : "Shopee's answer names both a shop and a main account; authorize again from the shop account.");
        }

        var code = Value(query, CodeParameter)
            ?? throw new ConsentRefusedException("Shopee's answer carries no authorization code: the authorization was not completed. Please start again.");
        if (shop is null)
        {
            throw new ConsentRefusedException("Shopee's answer does not say which shop was authorized (no shop_id). Please start again.");
        }

        if (!long.TryParse(shop, NumberStyles.None, CultureInfo.InvariantCulture, out var shopId) || shopId <= 0)
        {
            throw new ConsentRefusedException("Shopee's answer names a shop id that is not a number. Please start again.");
        }

        return (code, shopId);
    }

    private static string? Value(IReadOnlyDictionary<string, string> query, string name) =>
        query.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    /// <summary>The callback with the hub's state added to its query; Shopee appends code and shop_id after it.</summary>
    internal static Uri WithState(Uri callback, string state)
    {
        var query = callback.Query.TrimStart('?');
        var pair = $"{StateParameter}={Uri.EscapeDataString(state)}";
        return new UriBuilder(callback) { Query = query.Length == 0 ? pair : $"{query}&{pair}" }.Uri;
    }
}
