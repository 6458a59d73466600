namespace CrossBorderHub.Connectors.Ebay;

/// <summary>
/// The hub's eBay app for consent, read from <see cref="ConsentApp.Values"/> (<c>Connect:Apps:ebay</c>): App ID and Cert ID,
/// the RuName eBay redirects with (its accept URL is the hub's callback), the environment and the scopes to ask for.
/// </summary>
internal sealed record EbayConsentApp(string ClientId, string ClientSecret, string RuName, string Environment, IReadOnlyList<string> Scopes)
{
    public const string ClientIdValue = EbayConstants.ClientIdCredential;
    public const string ClientSecretValue = EbayConstants.ClientSecretCredential;

    private static readonly string[] Names =
        [ClientIdValue, ClientSecretValue, EbayConstants.RuNameValue, EbayConstants.EnvironmentSetting, EbayConstants.ScopesValue];

    /// <summary>The scopes the connector cannot work without: its refresh grant asks for the Sell scopes, consent reads the user id.</summary>
    private static readonly string[] Needed = [.. EbayConstants.ConsentScopes.Split(' ')];

    public bool IsSandbox => Environment == EbayConstants.Sandbox;

    /// <summary>The app's values, or what is wrong with them (each error names the value as configured).</summary>
    public static (EbayConsentApp? App, IReadOnlyList<StoreAccountError> Errors) Read(ConsentApp app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var errors = new List<StoreAccountError>();
        foreach (var name in app.Values.Keys.Where(k => !Names.Contains(k, StringComparer.OrdinalIgnoreCase)))
        {
            errors.Add(new StoreAccountError(name, $"Not a value eBay's consent knows: {string.Join(", ", Names)}."));
        }

        var clientId = Required(app, ClientIdValue, "The app's App ID (OAuth client id) is required.", errors);
        var clientSecret = Required(app, ClientSecretValue, "The app's Cert ID (OAuth client secret) is required.", errors);
        var ruName = Required(app, EbayConstants.RuNameValue, "The app's RuName (eBay redirect URL name) is required; its auth accepted URL is {base}/connect/ebay/callback.", errors);
        if (ruName is not null && (ruName.Any(char.IsWhiteSpace) || ruName.Contains("://", StringComparison.Ordinal)))
        {
            errors.Add(new StoreAccountError(EbayConstants.RuNameValue, "A RuName has no spaces: use the RuName value eBay generated, not its display title or URL."));
        }

        var environment = Value(app, EbayConstants.EnvironmentSetting) ?? EbayConstants.Production;
        if (environment is not (EbayConstants.Production or EbayConstants.Sandbox))
        {
            errors.Add(new StoreAccountError(
                EbayConstants.EnvironmentSetting,
                $"'{MarketplaceException.Bound(environment, 40)}' is neither {EbayConstants.Production} nor {EbayConstants.Sandbox}."));
        }

        var scopes = Value(app, EbayConstants.ScopesValue) is { } configured
            ? configured.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToArray()
            : Needed;
        if (scopes.FirstOrDefault(s => !s.StartsWith(EbayConstants.ScopePrefix, StringComparison.Ordinal)) is { } odd)
        {
            errors.Add(new StoreAccountError(EbayConstants.ScopesValue, $"'{MarketplaceException.Bound(odd, 80)}' is not an eBay OAuth scope ({EbayConstants.ScopePrefix}…); separate scopes with spaces."));
        }

        var missing = Needed.Except(scopes, StringComparer.Ordinal).ToArray();
        if (missing.Length > 0)
        {
            errors.Add(new StoreAccountError(
                EbayConstants.ScopesValue,
                $"Must include {string.Join(" and ", missing)}: the connector refreshes the user token with the Sell scopes and reads the user id with the identity scope."));
        }

        return errors.Count > 0
            ? (null, errors)
            : (new EbayConsentApp(clientId!, clientSecret!, ruName!, environment, scopes), errors);
    }

    /// <summary>A value the hub already validated with <see cref="Read"/>.</summary>
    /// <exception cref="InvalidOperationException">The app is not valid (the hub must not start consent with it).</exception>
    public static EbayConsentApp From(ConsentApp app) =>
        Read(app) is { App: { } valid } ? valid : throw new InvalidOperationException("The eBay consent app is not valid; check Connect:Apps:ebay.");

    private static string? Required(ConsentApp app, string name, string message, List<StoreAccountError> errors)
    {
        var value = Value(app, name);
        if (value is null)
        {
            errors.Add(new StoreAccountError(name, message));
        }

        return value;
    }

    // Configuration keys are case-insensitive, so "RuName" in appsettings.json is the same value as "ruName".
    private static string? Value(ConsentApp app, string name) =>
        app.Values.FirstOrDefault(v => string.Equals(v.Key, name, StringComparison.OrdinalIgnoreCase)).Value is { } value && !string.IsNullOrWhiteSpace(value)
            ? value.Trim()
            : null;
}
