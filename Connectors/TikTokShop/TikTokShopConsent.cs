using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace CrossBorderHub.Connectors.TikTokShop;

/// <summary>
/// Connecting a TikTok Shop store through TikTok's service authorization. The seller opens the app's authorization link
/// (<c>/open/authorize?service_id=…&amp;state=…</c> on the consent host of the app's Partner Center: global, or US for US
/// shops); TikTok sends the browser to the redirect URL registered for the app (not one the link names) with
/// <c>code</c>, <c>state</c>, <c>app_key</c>, <c>locale</c> and <c>shop_region</c>. The code is exchanged for the seller's
/// tokens, and the authorized shops list gives the shop the store is for (<see cref="TikTokShopShopChoice"/>).
/// </summary>
internal sealed class TikTokShopConsent(ITikTokShopAuthorization authorization, ILogger<TikTokShopConsent> logger) : IMarketplaceConsent
{
    public const string AppKeyValue = "appKey";
    public const string AppSecretValue = "appSecret";
    public const string ServiceIdValue = "serviceId";

    /// <summary>Which Partner Center the app is registered in: "global" (default) or "us"; each has its own consent host.</summary>
    public const string MarketValue = "market";

    public const string GlobalMarket = "global";
    public const string UsMarket = "us";

    /// <summary>The optional input naming the shop to connect: a shop id (digits) or a region (two letters).</summary>
    public const string ShopInput = "shop";

    private static readonly ConsentInputField[] Fields =
    [
        new(ShopInput, "The shop to connect, when your TikTok Shop account has several: its region (e.g. GB) or its shop id", Required: false, Example: "GB"),
    ];

    public string Marketplace => TikTokShopConstants.Marketplace;

    public IReadOnlyList<ConsentInputField> InputFields => Fields;

    public IReadOnlyList<StoreAccountError> ValidateApp(ConsentApp app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var errors = new List<StoreAccountError>();
        foreach (var (name, what) in (ReadOnlySpan<(string, string)>)[(AppKeyValue, "app key"), (AppSecretValue, "app secret"), (ServiceIdValue, "service id")])
        {
            if (app.Value(name) is null)
            {
                errors.Add(new StoreAccountError(name, $"Required: the {what} of the TikTok Shop Partner Center app."));
            }
        }

        if (app.Value(ServiceIdValue) is { } serviceId && !TikTokShopShopChoice.IsShopId(serviceId))
        {
            errors.Add(new StoreAccountError(ServiceIdValue, "The service id is the number shown below the app's name in Partner Center (App & Service)."));
        }

        if (app.Value(MarketValue) is { } market && !IsMarket(market, GlobalMarket) && !IsMarket(market, UsMarket))
        {
            errors.Add(new StoreAccountError(MarketValue, $"Either {GlobalMarket} (the default: the global Partner Center) or {UsMarket} (the US Partner Center)."));
        }

        return errors;
    }

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

        var errors = new List<StoreAccountError>();
        foreach (var property in input.EnumerateObject())
        {
            if (property.Name != ShopInput)
            {
                errors.Add(new StoreAccountError($"input.{property.Name}", $"Not a field TikTok Shop asks for; the only one is {ShopInput}."));
            }
            else if (property.Value.ValueKind is not (JsonValueKind.Null or JsonValueKind.String) || !IsShopOrRegion(property.Value.GetString()))
            {
                errors.Add(new StoreAccountError($"input.{ShopInput}", "A shop id (digits) or a two-letter region such as GB."));
            }
        }

        return errors;
    }

    public Uri ConsentUrl(ConsentApp app, JsonElement input, Uri callback, string state)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentException.ThrowIfNullOrEmpty(state);

        // The callback is not part of the link: TikTok redirects to the URL registered for the app in Partner Center.
        var official = IsMarket(app.Value(MarketValue), UsMarket) ? TikTokShopConstants.UsConsentHost : TikTokShopConstants.ConsentHost;
        var page = new UriBuilder(official) { Path = TikTokShopConstants.AuthorizePath };
        if (app.ConsentUrl is { } replacement)
        {
            page.Scheme = replacement.Scheme;
            page.Host = replacement.Host;
            page.Port = replacement.Port;
        }

        page.Query = $"{TikTokShopConstants.ServiceIdParameter}={Uri.EscapeDataString(Required(app, ServiceIdValue))}"
            + $"&{TikTokShopConstants.StateParameter}={Uri.EscapeDataString(state)}";
        return page.Uri;
    }

    public async Task<ConsentGrant> CompleteAsync(
        ConsentApp app, JsonElement input, Uri callback, IReadOnlyDictionary<string, string> query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(query);
        var appKey = Required(app, AppKeyValue);
        var appSecret = Required(app, AppSecretValue);
        if (query.TryGetValue(TikTokShopConstants.AppKeyParameter, out var sentFor) && !string.Equals(sentFor, appKey, StringComparison.Ordinal))
        {
            throw new ConsentRefusedException("TikTok Shop sent an authorization for another app.");
        }

        if (!query.TryGetValue(TikTokShopConstants.CodeParameter, out var code) || string.IsNullOrWhiteSpace(code))
        {
            throw new ConsentRefusedException("TikTok Shop sent no authorization code: the seller did not authorize the app.");
        }

        var grant = await authorization.ExchangeCodeAsync(appKey, appSecret, code, app.AuthUrl, cancellationToken);
        var shops = await authorization.GetAuthorizedShopsAsync(appKey, appSecret, grant.AccessToken, app.ApiUrl, cancellationToken);
        var shop = TikTokShopShopChoice.Pick(shops, WantedShop(input), query.GetValueOrDefault(TikTokShopConstants.ShopRegionParameter));
        var host = (app.ApiUrl ?? TikTokShopConstants.ApiHost).Host;
        var errors = new TikTokShopErrors();
        if (shop.Cipher is null)
        {
            throw errors.Malformed(host, $"the authorized shop {shop.Id} has no cipher.");
        }

        var settings = JsonSerializer.SerializeToElement(
            new TikTokShopSettings { AppKey = appKey, ShopId = shop.Id, ShopCipher = shop.Cipher, Region = TikTokShopShopChoice.Region(shop.Region) },
            StoreAccountJson.Options);
        var credentials = grant.Credentials(appSecret);
        var invalid = TikTokShopStoreAccount.Definition.Validate(settings, credentials);
        if (invalid.Count > 0)
        {
            // Only field names: the values are the seller's tokens.
            throw errors.Malformed(host, $"the authorization gives no usable store ({string.Join(", ", invalid.Select(e => e.Field))}).");
        }

        TikTokShopLog.ConsentCompleted(logger, appKey, shop.Id, shops.Count);
        var name = string.IsNullOrWhiteSpace(shop.Name) ? $"TikTok Shop {shop.Id}" : shop.Name;
        return new ConsentGrant(shop.Id, name, settings, credentials, app.ApiUrl, app.AuthUrl);
    }

    private static string? WantedShop(JsonElement input) =>
        input.ValueKind == JsonValueKind.Object
        && input.TryGetProperty(ShopInput, out var shop)
        && shop.ValueKind == JsonValueKind.String
        && !string.IsNullOrWhiteSpace(shop.GetString())
            ? shop.GetString()!.Trim()
            : null;

    /// <summary>Blank is no choice (an onboarding form sends an empty optional field).</summary>
    private static bool IsShopOrRegion(string? value)
    {
        var text = value?.Trim();
        return string.IsNullOrEmpty(text)
            || (text.Length <= 32 && TikTokShopShopChoice.IsShopId(text))
            || (text.Length == 2 && text.All(char.IsAsciiLetter));
    }

    private static bool IsMarket(string? value, string market) => string.Equals(value, market, StringComparison.OrdinalIgnoreCase);

    private static string Required(ConsentApp app, string name) =>
        app.Value(name) ?? throw new InvalidOperationException($"The TikTok Shop app has no {name}; ValidateApp reports it.");
}
