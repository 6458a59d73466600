using System.Text;
using System.Text.Json;
using CrossBorderHub.Connectors.Amazon.Auth;
using Microsoft.Extensions.Logging;

namespace CrossBorderHub.Connectors.Amazon.Consent;

/// <summary>
/// Amazon's website authorization workflow (developer-docs.amazon.com/sp-api/docs/website-authorization-workflow): the
/// seller signs in to the Seller Central of their marketplace at /apps/authorize/consent, confirms, and Amazon sends the
/// browser to the app's redirect URI with state, selling_partner_id, spapi_oauth_code (and mws_auth_token for hybrid
/// apps); the code is exchanged at Login with Amazon for the refresh token the store keeps. An authorization is
/// regional: it covers the seller's account in every marketplace of the region.
/// </summary>
internal sealed class AmazonConsent(LwaTokenClient tokens, ILogger<AmazonConsent> logger) : IMarketplaceConsent
{
    public const string ApplicationIdValue = "applicationId";
    public const string ClientIdValue = "clientId";
    public const string ClientSecretValue = "clientSecret";
    public const string DraftValue = "draft";

    public const string RegionField = "region";
    public const string MarketplaceIdsField = "marketplaceIds";

    private const string InputField = "input";

    // Application ids as the Solution Provider Portal shows them today, and as older apps (and Amazon's examples) have them.
    private static readonly string[] ApplicationIdPrefixes = ["amzn1.sp.solution.", "amzn1.sellerapps.app."];

    public string Marketplace => AmazonConstants.Marketplace;

    public IReadOnlyList<ConsentInputField> InputFields { get; } =
    [
        new(RegionField, "SP-API region of your marketplaces: na (US, CA, MX, BR), eu (Europe, India, Middle East, South Africa) or fe (JP, AU, SG)", true, "na", [.. AmazonConstants.RegionHosts.Keys]),
        new(MarketplaceIdsField, "Marketplace ids to sync, in that region (comma-separated; the first one's Seller Central is where you authorize)", true, "ATVPDKIKX0DER"),
    ];

    public IReadOnlyList<StoreAccountError> ValidateApp(ConsentApp app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var errors = new List<StoreAccountError>();
        var applicationId = app.Value(ApplicationIdValue);
        if (applicationId is null)
        {
            errors.Add(new(ApplicationIdValue, "The SP-API application id (amzn1.sp.solution....) is required."));
        }
        else if (!ApplicationIdPrefixes.Any(prefix => applicationId.StartsWith(prefix, StringComparison.Ordinal) && applicationId.Length > prefix.Length))
        {
            errors.Add(new(ApplicationIdValue, $"'{MarketplaceException.Bound(applicationId, 80)}' is not an SP-API application id (amzn1.sp.solution....)."));
        }

        if (app.Value(ClientIdValue) is null)
        {
            errors.Add(new(ClientIdValue, "The app's LWA client id (amzn1.application-oa2-client....) is required."));
        }

        if (app.Value(ClientSecretValue) is null)
        {
            errors.Add(new(ClientSecretValue, "The app's LWA client secret is required."));
        }

        if (app.Value(DraftValue) is { } draft && !bool.TryParse(draft, out _))
        {
            errors.Add(new(DraftValue, "Must be true (the app is in draft: version=beta) or false."));
        }

        return errors;
    }

    public IReadOnlyList<StoreAccountError> ValidateInput(JsonElement input)
    {
        if (input.ValueKind != JsonValueKind.Object)
        {
            return [new(InputField, "Must be a JSON object with region and marketplaceIds.")];
        }

        var errors = new List<StoreAccountError>();
        foreach (var property in input.EnumerateObject().Where(p => p.Name is not (RegionField or MarketplaceIdsField)))
        {
            errors.Add(new($"{InputField}.{property.Name}", $"Not one of the names Amazon's consent takes: {RegionField}, {MarketplaceIdsField}."));
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        // The same rules as a store's settings; the seller id is what consent brings back, so a stand-in passes here.
        var settings = SettingsOf(input, "A0");
        const string settingsPrefix = AmazonStoreAccount.SettingsField + ".";
        errors.AddRange(AmazonStoreAccount.Definition.Validate(settings, null)
            .Select(e => e with { Field = e.Field.StartsWith(settingsPrefix, StringComparison.Ordinal) ? $"{InputField}.{e.Field[settingsPrefix.Length..]}" : InputField }));
        if (errors.Count > 0)
        {
            return errors;
        }

        var typed = settings.Deserialize<AmazonSettings>(StoreAccountJson.Options)!;
        foreach (var id in typed.MarketplaceIds)
        {
            if (!AmazonMarketplaces.ById.TryGetValue(id, out var marketplace))
            {
                errors.Add(new($"{InputField}.{MarketplaceIdsField}", $"'{MarketplaceException.Bound(id, 20)}' is not an Amazon marketplace id (e.g. ATVPDKIKX0DER)."));
            }
            else if (marketplace.Region != typed.Region)
            {
                errors.Add(new(
                    $"{InputField}.{MarketplaceIdsField}",
                    $"{id} ({marketplace.CountryCode}) is in the {marketplace.Region} region, not {MarketplaceException.Bound(typed.Region, 20)}: an authorization covers one region."));
            }
        }

        return errors;
    }

    public Uri ConsentUrl(ConsentApp app, JsonElement input, Uri callback, string state)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(callback);
        var marketplace = FirstMarketplace(input);
        var page = new Uri(marketplace.SellerCentral, AmazonConstants.ConsentPath);
        if (app.ConsentUrl is { } replacement)
        {
            page = new UriBuilder(page) { Scheme = replacement.Scheme, Host = replacement.Host, Port = replacement.Port }.Uri;
        }

        var query = new List<KeyValuePair<string, string>>
        {
            new("application_id", app.Value(ApplicationIdValue)!),
            new("state", state),
            new("redirect_uri", callback.AbsoluteUri),
        };
        if (IsDraft(app))
        {
            query.Add(new("version", "beta"));
        }

        return new UriBuilder(page) { Query = Query(query) }.Uri;
    }

    public async Task<ConsentGrant> CompleteAsync(ConsentApp app, JsonElement input, Uri callback, IReadOnlyDictionary<string, string> query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(query);
        var sellerId = Required(query, "selling_partner_id");
        var code = Required(query, "spapi_oauth_code");
        Required(query, "state");
        if (sellerId.Length > 64)
        {
            throw new ConsentRefusedException("Amazon's answer names a selling partner id that is not one.");
        }

        var clientId = app.Value(ClientIdValue)!;
        var clientSecret = app.Value(ClientSecretValue)!;
        var refreshToken = await tokens.ExchangeCodeAsync(app.AuthUrl ?? AmazonConstants.LwaHost, code, callback, clientId, clientSecret, cancellationToken);
        AmazonLog.ConsentCodeExchanged(logger, sellerId, query.ContainsKey("mws_auth_token"));

        var settings = AmazonStoreAccount.Definition.Normalize(SettingsOf(input, sellerId));
        var typed = settings.Deserialize<AmazonSettings>(StoreAccountJson.Options)!;
        var countries = string.Join(", ", typed.MarketplaceIds.Select(id => AmazonMarketplaces.ById.TryGetValue(id, out var m) ? m.CountryCode : id));
        return new ConsentGrant(
            sellerId,
            $"{AmazonConstants.DisplayName} {countries} ({sellerId})",
            settings,
            new Dictionary<string, string>
            {
                ["clientId"] = clientId,
                ["clientSecret"] = clientSecret,
                ["refreshToken"] = refreshToken,
            },
            app.ApiUrl,
            app.AuthUrl);
    }

    private static bool IsDraft(ConsentApp app) => bool.TryParse(app.Value(DraftValue), out var draft) && draft;

    private static AmazonMarketplace FirstMarketplace(JsonElement input)
    {
        var typed = SettingsOf(input, "A0").Deserialize<AmazonSettings>(StoreAccountJson.Options)!;
        return AmazonMarketplaces.ById[typed.MarketplaceIds[0]];
    }

    /// <summary>The store settings for the seller's input and the selling partner id consent named.</summary>
    private static JsonElement SettingsOf(JsonElement input, string sellerId)
    {
        var settings = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in input.EnumerateObject())
        {
            settings[property.Name] = property.Value;
        }

        settings["sellerId"] = JsonSerializer.SerializeToElement(sellerId, StoreAccountJson.Options);
        return JsonSerializer.SerializeToElement(settings, StoreAccountJson.Options);
    }

    private static string Required(IReadOnlyDictionary<string, string> query, string name) =>
        query.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value)
            ? value
            : throw new ConsentRefusedException($"Amazon's answer has no {name}: the authorization was not completed on Seller Central.");

    private static string Query(IEnumerable<KeyValuePair<string, string>> pairs)
    {
        var text = new StringBuilder();
        foreach (var (name, value) in pairs)
        {
            text.Append(text.Length == 0 ? "" : "&").Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
        }

        return text.ToString();
    }
}
