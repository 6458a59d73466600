using System.Net;
using System.Text;
using System.Text.Json;
using CrossBorderHub.Connectors.Ebay.Http;
using CrossBorderHub.Connectors.Ebay.Wire;
using CrossBorderHub.Connectors.Kit.Failures;
using Refit;

namespace CrossBorderHub.Connectors.Ebay;

/// <summary>
/// eBay's user consent (OAuth authorization code grant): the seller picks a marketplace id, consents on eBay's Grant
/// Application Access page (<c>auth.ebay.com/oauth2/authorize</c> with the app's RuName as <c>redirect_uri</c>), and eBay
/// sends the browser to the RuName's auth accepted URL with <c>code</c>, <c>state</c> and <c>expires_in</c>. The code is
/// exchanged once for a refresh token, and Commerce Identity getUser names the seller's immutable user id, which
/// becomes the store's <see cref="ConsentGrant.AccountKey"/>.
/// </summary>
internal sealed class EbayConsent(IEbayIdentityApi identity, IEbayUserApi users) : IMarketplaceConsent
{
    private const string InputField = "input";

    private static readonly IReadOnlyDictionary<string, string> NoCredentials = new Dictionary<string, string>();

    private readonly MarketplaceFailures _failures = new(EbayConstants.Marketplace, EbayConstants.DisplayName);

    public string Marketplace => EbayConstants.Marketplace;

    public IReadOnlyList<ConsentInputField> InputFields { get; } =
    [
        new(EbayConstants.MarketplaceIdSetting, "eBay marketplace", Required: true, Example: "EBAY_US", Choices: [.. EbayConstants.MarketplaceIds.Order(StringComparer.Ordinal)]),
    ];

    public IReadOnlyList<StoreAccountError> ValidateApp(ConsentApp app) => EbayConsentApp.Read(app).Errors;

    public IReadOnlyList<StoreAccountError> ValidateInput(JsonElement input)
    {
        if (input.ValueKind != JsonValueKind.Object)
        {
            return [new StoreAccountError(InputField, "Must be a JSON object.")];
        }

        var errors = new List<StoreAccountError>();
        foreach (var property in input.EnumerateObject().Where(p => p.Name != EbayConstants.MarketplaceIdSetting))
        {
            errors.Add(new StoreAccountError($"{InputField}.{property.Name}", $"Not one of the names eBay's consent knows: {EbayConstants.MarketplaceIdSetting}."));
        }

        if (!input.TryGetProperty(EbayConstants.MarketplaceIdSetting, out var marketplaceId) || marketplaceId.ValueKind != JsonValueKind.String)
        {
            errors.Add(new StoreAccountError($"{InputField}.{EbayConstants.MarketplaceIdSetting}", "The eBay marketplace id is required, e.g. EBAY_US."));
            return errors;
        }

        // The same rules as a store's settings, so that what consent accepts is what the store account accepts.
        var settings = StoreAccountJson.ToElement(new Dictionary<string, string> { [EbayConstants.MarketplaceIdSetting] = marketplaceId.GetString()! });
        errors.AddRange(EbayStoreAccount.Definition.Validate(settings, null)
            .Select(e => e with { Field = InputField + e.Field[StoreAccountDefinition<EbaySettings, EbayCredentials>.SettingsField.Length..] }));
        return errors;
    }

    public Uri ConsentUrl(ConsentApp app, JsonElement input, Uri callback, string state)
    {
        ArgumentNullException.ThrowIfNull(app);
        var ebay = EbayConsentApp.From(app);
        var page = Rebase(ebay.IsSandbox ? EbayConstants.SandboxConsent : EbayConstants.ProductionConsent, app.ConsentUrl);
        var query = new StringBuilder()
            .Append("client_id=").Append(Uri.EscapeDataString(ebay.ClientId))
            .Append("&redirect_uri=").Append(Uri.EscapeDataString(ebay.RuName))
            .Append("&response_type=code")
            .Append("&scope=").Append(Uri.EscapeDataString(string.Join(' ', ebay.Scopes)))
            .Append("&state=").Append(Uri.EscapeDataString(state));
        return new UriBuilder(page) { Path = EbayConstants.ConsentPath, Query = query.ToString() }.Uri;
    }

    public async Task<ConsentGrant> CompleteAsync(
        ConsentApp app, JsonElement input, Uri callback, IReadOnlyDictionary<string, string> query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(query);
        var ebay = EbayConsentApp.From(app);

        // A seller who declines is sent to the RuName's auth declined URL, which carries no code.
        if (!query.TryGetValue(EbayConstants.CodeParameter, out var code) || string.IsNullOrWhiteSpace(code))
        {
            throw new ConsentRefusedException("The seller did not authorize the app on eBay: the answer carries no authorization code.");
        }

        // eBay's code is URL-encoded (v%5E1.1%23…); a decoded code never holds '%', so one still encoded is decoded once here.
        if (code.Contains('%', StringComparison.Ordinal))
        {
            code = Uri.UnescapeDataString(code);
        }

        var marketplaceId = input.GetProperty(EbayConstants.MarketplaceIdSetting).GetString()!;
        var official = ebay.IsSandbox ? EbayConstants.SandboxApi : EbayConstants.ProductionApi;
        var context = new EbayRequestContext(
            Guid.Empty,
            Rebase(ebay.IsSandbox ? EbayConstants.SandboxIdentityApi : EbayConstants.ProductionIdentityApi, app.ApiUrl),
            Rebase(official, app.AuthUrl ?? app.ApiUrl),
            marketplaceId,
            new EbayCredentials { ClientId = ebay.ClientId, ClientSecret = ebay.ClientSecret },
            NoCredentials);

        var tokens = await ExchangeAsync(ebay, code, context, cancellationToken);
        var user = await ReadUserAsync(tokens.AccessToken!, context, cancellationToken);

        var settings = JsonSerializer.SerializeToElement(
            new EbaySettings { MarketplaceId = marketplaceId, Environment = ebay.Environment, UserId = user.UserId },
            StoreAccountJson.Options);
        var credentials = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [EbayConstants.ClientIdCredential] = ebay.ClientId,
            [EbayConstants.ClientSecretCredential] = ebay.ClientSecret,
            [EbayConstants.RefreshTokenCredential] = tokens.RefreshToken!,
        };
        if (EbayStoreAccount.Definition.Validate(settings, credentials) is { Count: > 0 } errors)
        {
            throw _failures.Malformed(context.ApiBase.Host, $"the granted account does not fit an eBay store: {string.Join("; ", errors.Select(e => e.Field))}.");
        }

        return new ConsentGrant(
            user.UserId!,
            string.IsNullOrWhiteSpace(user.Username) ? $"{EbayConstants.DisplayName} {user.UserId}" : user.Username,
            settings,
            credentials,
            app.ApiUrl,
            app.AuthUrl);
    }

    /// <summary>The official host with the hub's replacement scheme, host and port (path kept), when it allows one.</summary>
    private static Uri Rebase(Uri official, Uri? replacement) =>
        replacement is null
            ? official
            : new UriBuilder(official) { Scheme = replacement.Scheme, Host = replacement.Host, Port = replacement.Port }.Uri;

    private async Task<EbayTokenResponse> ExchangeAsync(EbayConsentApp ebay, string code, EbayRequestContext context, CancellationToken cancellationToken)
    {
        var host = context.AuthBase.Host;
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = code,
            ["redirect_uri"] = ebay.RuName,
        };
        var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{ebay.ClientId}:{ebay.ClientSecret}"));
        var response = await _failures.AnsweredAsync(() => identity.ExchangeCodeAsync(form, $"Basic {basic}", context, changesState: true, cancellationToken), host, cancellationToken);
        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                var error = EbayErrorEnvelope.Parse((response.Error as ApiException)?.Content);
                var status = response.StatusCode ?? default;

                // invalid_grant: the code was spent, expired, or issued for another RuName; the other codes name the app's keyset.
                if (status is HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized && error?.Code is { } oauth)
                {
                    throw new MarketplaceException(
                        MarketplaceFailureKind.AuthorizationRefused,
                        EbayConstants.Marketplace,
                        oauth,
                        $"{EbayConstants.DisplayName} at {host} refused the authorization code ({oauth}): {MarketplaceException.Bound(error.Message, 300)}");
                }

                throw _failures.FromStatus(host, status, error, response.Headers?.Location);
            }

            if (response.Content is not { AccessToken.Length: > 0, RefreshToken.Length: > 0 } content)
            {
                throw _failures.Malformed(host, "the token answer has no access_token or refresh_token.", response.Error);
            }

            return content;
        }
    }

    private async Task<EbayUserResponse> ReadUserAsync(string accessToken, EbayRequestContext context, CancellationToken cancellationToken)
    {
        var host = context.ApiBase.Host;
        var response = await _failures.AnsweredAsync(() => users.GetUserAsync($"Bearer {accessToken}", context, cancellationToken), host, cancellationToken);
        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                throw _failures.FromStatus(host, response.StatusCode ?? default, EbayErrorEnvelope.Parse((response.Error as ApiException)?.Content));
            }

            if (response.Content is not { UserId.Length: > 0 } user)
            {
                throw _failures.Malformed(host, "getUser answered without a userId.", response.Error);
            }

            return user;
        }
    }
}
