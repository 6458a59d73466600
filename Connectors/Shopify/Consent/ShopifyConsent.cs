using System.Globalization;
using System.Runtime.ExceptionServices;
using System.Text.Json;
using CrossBorderHub.Connectors.Kit.Failures;
using CrossBorderHub.Connectors.Shopify.Wire;
using Microsoft.Extensions.Logging;
using Refit;

namespace CrossBorderHub.Connectors.Shopify.Consent;

/// <summary>
/// Shopify's authorization code grant for the hub's app: the seller names the shop, approves the app on the shop's
/// <c>/admin/oauth/authorize</c> page, and Shopify sends the browser back with <c>code</c>, <c>hmac</c>, <c>host</c>,
/// <c>shop</c>, <c>state</c> and <c>timestamp</c>. The callback is trusted only when its hmac verifies with the app's
/// client secret, its timestamp is within 90 s of the hub's clock and its shop is the one the seller named; the code is
/// then exchanged once for an offline access token, refused when Shopify granted fewer scopes than the app asked for.
/// </summary>
internal sealed class ShopifyConsent(IShopifyOAuthApi oauth, TimeProvider time, ILogger<ShopifyConsent> logger) : IMarketplaceConsent
{
    private const string InputPrefix = "input";

    private readonly MarketplaceFailures _failures = new(ShopifyConstants.Marketplace, ShopifyConstants.DisplayName);

    public string Marketplace => ShopifyConstants.Marketplace;

    public IReadOnlyList<ConsentInputField> InputFields { get; } =
    [
        new(ShopifyConsentConstants.ShopDomainInput, "Shop domain (your-store.myshopify.com)", Required: true, Example: "acme.myshopify.com"),
    ];

    public IReadOnlyList<StoreAccountError> ValidateApp(ConsentApp app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var errors = new List<StoreAccountError>();
        if (app.Value(ShopifyConsentConstants.ClientIdValue) is null)
        {
            errors.Add(new(ShopifyConsentConstants.ClientIdValue, "The app's client id (API key) is required."));
        }

        if (app.Value(ShopifyConsentConstants.ClientSecretValue) is null)
        {
            errors.Add(new(ShopifyConsentConstants.ClientSecretValue, "The app's client secret is required: it signs Shopify's callback and webhooks."));
        }

        if (app.Value(ShopifyConsentConstants.ScopesValue) is { } configured)
        {
            var scopes = ShopifyScopes.Parse(configured);
            if (scopes.Any(s => !s.All(c => char.IsAsciiLetterLower(c) || c == '_')))
            {
                errors.Add(new(ShopifyConsentConstants.ScopesValue, "Scopes are comma-separated names like read_orders,write_inventory."));
            }
            else if (ShopifyScopes.Missing(ShopifyScopes.RequiredForPulls, scopes) is { Count: > 0 } missing)
            {
                errors.Add(new(ShopifyConsentConstants.ScopesValue, $"The connector's pulls need {string.Join(", ", missing)} (a write scope counts for its read scope)."));
            }
        }

        return errors;
    }

    public IReadOnlyList<StoreAccountError> ValidateInput(JsonElement input) =>
        ShopifyStoreAccount.Definition.Validate(input, null)
            .Select(e => e with { Field = InputPrefix + e.Field[StoreAccountDefinition<ShopifySettings, ShopifyCredentials>.SettingsField.Length..] })
            .ToList();

    public Uri ConsentUrl(ConsentApp app, JsonElement input, Uri callback, string state)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(callback);
        var shop = ShopDomainOf(input);
        var query = new (string Name, string Value)[]
        {
            (ShopifyConsentConstants.Query.ClientId, Required(app, ShopifyConsentConstants.ClientIdValue)),
            (ShopifyConsentConstants.Query.Scope, ShopifyScopes.Format(Requested(app))),
            (ShopifyConsentConstants.Query.RedirectUri, callback.AbsoluteUri),
            (ShopifyConsentConstants.Query.State, state),
        };

        // No grant_options[]=per-user: the hub syncs unattended, so it asks for an offline token.
        var text = string.Join('&', query.Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value)}"));
        return new Uri(app.ConsentUrl ?? ShopHost(shop), $"{ShopifyConsentConstants.AuthorizePath}?{text}");
    }

    public async Task<ConsentGrant> CompleteAsync(
        ConsentApp app, JsonElement input, Uri callback, IReadOnlyDictionary<string, string> query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(query);
        var expectedShop = ShopDomainOf(input);
        var clientSecret = Required(app, ShopifyConsentConstants.ClientSecretValue);
        try
        {
            Check(query, clientSecret, expectedShop);
        }
        catch (ConsentRefusedException e)
        {
            ShopifyLog.CallbackRefused(logger, expectedShop, e.Message);
            throw;
        }

        var shop = query[ShopifyConsentConstants.Query.Shop];
        var code = query[ShopifyConsentConstants.Query.Code];
        var token = await ExchangeAsync(app, shop, code, cancellationToken);
        var missing = ShopifyScopes.Missing(Requested(app), ShopifyScopes.Parse(token.Scope));
        if (missing.Count > 0)
        {
            ShopifyLog.ScopesShort(logger, shop, string.Join(",", missing));
            throw new ConsentRefusedException(
                $"Shopify granted the app fewer access scopes than it asked for (missing {string.Join(", ", missing)}); "
                + "update the app's scopes in the Shopify Partner Dashboard, then connect the shop again.");
        }

        ShopifyLog.Connected(logger, shop);
        var settings = JsonSerializer.SerializeToElement(new ShopifySettings { ShopDomain = shop }, StoreAccountJson.Options);
        var credentials = new Dictionary<string, string>(StringComparer.Ordinal) { [ShopifyConstants.AccessTokenCredential] = token.AccessToken! };
        return new ConsentGrant(shop.ToLowerInvariant(), shop, settings, credentials, app.ApiUrl, app.AuthUrl);
    }

    /// <summary>The callback checks, in Shopify's order: signature, freshness, shop, then the code.</summary>
    private void Check(IReadOnlyDictionary<string, string> query, string clientSecret, string expectedShop)
    {
        if (!ShopifyQuerySignature.Verify(query, clientSecret))
        {
            throw new ConsentRefusedException("Shopify's answer is not signed with the app's client secret (hmac does not verify).");
        }

        if (query.TryGetValue(ShopifyConsentConstants.Query.Error, out var error))
        {
            throw new ConsentRefusedException(error == "access_denied"
                ? "You declined to authorize the app on Shopify."
                : $"Shopify did not authorize the app ({MarketplaceException.Bound(error, 60)}).");
        }

        if (!query.TryGetValue(ShopifyConsentConstants.Query.Timestamp, out var stamp)
            || !long.TryParse(stamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            throw new ConsentRefusedException("Shopify's answer has no valid timestamp.");
        }

        var skew = time.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds);
        if (skew.Duration() > ShopifyConsentConstants.TimestampTolerance)
        {
            throw new ConsentRefusedException("Shopify's answer is too old or from the future (its timestamp is more than 90 seconds from the hub's clock); please connect again.");
        }

        if (!query.TryGetValue(ShopifyConsentConstants.Query.Shop, out var shop) || !ShopifyStoreAccount.IsShopDomain(shop))
        {
            throw new ConsentRefusedException("Shopify's answer does not name a shop like acme.myshopify.com.");
        }

        if (!string.Equals(shop, expectedShop, StringComparison.OrdinalIgnoreCase))
        {
            throw new ConsentRefusedException($"Shopify's answer is for the shop {MarketplaceException.Bound(shop, 100)}, not {expectedShop}, the shop this connection was started for.");
        }

        if (!query.TryGetValue(ShopifyConsentConstants.Query.Code, out var code) || string.IsNullOrWhiteSpace(code))
        {
            throw new ConsentRefusedException("Shopify's answer has no authorization code.");
        }
    }

    private async Task<ShopifyAccessTokenResponse> ExchangeAsync(ConsentApp app, string shop, string code, CancellationToken cancellationToken)
    {
        // Shopify's token endpoint lives on the shop's host, like the Admin API: an API override stands for both.
        var baseUrl = app.AuthUrl ?? app.ApiUrl ?? ShopHost(shop);
        var host = baseUrl.Authority;
        var request = new ShopifyAccessTokenRequest(
            Required(app, ShopifyConsentConstants.ClientIdValue), Required(app, ShopifyConsentConstants.ClientSecretValue), code);
        ShopifyLog.ExchangingCode(logger, shop);
        var response = await _failures.AnsweredAsync(
            () => oauth.AccessTokenAsync(request, new ShopifyOAuthHost(shop.ToLowerInvariant(), baseUrl), true, cancellationToken), host, cancellationToken);
        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                var status = response.StatusCode ?? default;
                var error = ErrorOf((response.Error as ApiException)?.Content);
                var failure = _failures.FromStatus(host, status, error, response.Headers?.Location);
                var detail = error is null ? "" : $": {error.Code}{(error.Message is null ? "" : $" ({error.Message})")}";
                throw new MarketplaceException(
                    failure.Kind, ShopifyConstants.Marketplace, error?.Code, $"Shopify at {host} refused the authorization code exchange (HTTP {(int)status}){detail}.");
            }

            if (response.Content is not { AccessToken.Length: > 0 } token)
            {
                throw _failures.Malformed(host, "the code exchange answered without an access_token.", response.Error);
            }

            return token;
        }
    }

    private static MarketplaceError? ErrorOf(string? content)
    {
        if (string.IsNullOrWhiteSpace(content))
        {
            return null;
        }

        try
        {
            if (JsonSerializer.Deserialize(content, ShopifyJsonContext.Default.ShopifyOAuthError) is { Error: not null } oauthError)
            {
                return new MarketplaceError(MarketplaceException.Bound(oauthError.Error, 100), oauthError.ErrorDescription);
            }
        }
        catch (JsonException)
        {
            return null;
        }

        return ShopifyErrorEnvelope.Parse(content);
    }

    private static IReadOnlyList<string> Requested(ConsentApp app) =>
        app.Value(ShopifyConsentConstants.ScopesValue) is { } configured ? ShopifyScopes.Parse(configured) : ShopifyScopes.Default;

    private static string Required(ConsentApp app, string name) =>
        app.Value(name) ?? throw new InvalidOperationException($"The Shopify app has no {name}; ValidateApp reports it.");

    private static string ShopDomainOf(JsonElement input) =>
        input.ValueKind == JsonValueKind.Object
        && input.TryGetProperty(ShopifyConsentConstants.ShopDomainInput, out var value)
        && value.ValueKind == JsonValueKind.String
        && value.GetString() is { Length: > 0 } shop
            ? shop
            : throw new ArgumentException("The input names no shop domain; ValidateInput reports it.", nameof(input));

    private static Uri ShopHost(string shop) => new($"https://{shop}");
}
