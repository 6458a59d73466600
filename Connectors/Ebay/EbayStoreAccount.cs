using CrossBorderHub.Connectors.Ebay.Http;

namespace CrossBorderHub.Connectors.Ebay;

/// <summary>An eBay store account: <see cref="EbaySettings"/>, <see cref="EbayCredentials"/>, and the environment's hosts.</summary>
internal sealed class EbayStoreAccount : StoreAccountDefinition<EbaySettings, EbayCredentials>
{
    public static EbayStoreAccount Definition { get; } = new();

    /// <summary>The request context for one store: its hosts (the environment's unless the hub allowed an override), marketplace id and credentials.</summary>
    /// <exception cref="MarketplaceException">Rejected: the stored settings or credentials are not eBay's, so no call is made.</exception>
    public static EbayRequestContext Context(StoreAccount account)
    {
        var errors = Definition.Validate(account.Settings, account.Credentials);
        if (errors.Count > 0)
        {
            throw new MarketplaceException(
                MarketplaceFailureKind.Rejected,
                EbayConstants.Marketplace,
                null,
                $"Store {account.Id} cannot be used with eBay: {string.Join("; ", errors.Select(e => $"{e.Field}: {e.Message}"))}");
        }

        var settings = account.SettingsAs<EbaySettings>();
        var hosts = Definition.HostsFor(settings);
        var api = account.BaseUrl ?? hosts.Api;
        return new EbayRequestContext(
            account.Id, api, account.AuthUrl ?? account.BaseUrl ?? hosts.Auth ?? hosts.Api, settings.MarketplaceId, account.CredentialsAs<EbayCredentials>(), account.Credentials);
    }

    /// <summary>The seller's immutable user id, when consent recorded it; null for stores without one (matched by id).</summary>
    protected override string? AccountKeyOf(EbaySettings settings) => settings.UserId;

    protected override MarketplaceHosts HostsFor(EbaySettings settings)
    {
        var api = IsSandbox(settings) ? EbayConstants.SandboxApi : EbayConstants.ProductionApi;
        return new MarketplaceHosts(api, api);
    }

    protected override IEnumerable<StoreAccountError> Check(EbaySettings settings, EbayCredentials? credentials)
    {
        if (!EbayConstants.MarketplaceIds.Contains(settings.MarketplaceId))
        {
            yield return new StoreAccountError(
                $"{SettingsField}.{EbayConstants.MarketplaceIdSetting}",
                $"'{MarketplaceException.Bound(settings.MarketplaceId, 40)}' is not an eBay marketplace id like EBAY_US, EBAY_DE or EBAY_ES.");
        }

        if (settings.Environment is not (null or EbayConstants.Production or EbayConstants.Sandbox))
        {
            yield return new StoreAccountError(
                $"{SettingsField}.{EbayConstants.EnvironmentSetting}",
                $"'{MarketplaceException.Bound(settings.Environment, 40)}' is neither {EbayConstants.Production} nor {EbayConstants.Sandbox}.");
        }

        if (settings.UserId is { } userId && (userId.Length == 0 || userId.Any(char.IsWhiteSpace)))
        {
            yield return new StoreAccountError(
                $"{SettingsField}.{EbayConstants.UserIdSetting}",
                "An eBay user id has no spaces and is not empty; leave it out when it is not known.");
        }

        if (credentials is not null)
        {
            foreach (var (name, value) in new[]
            {
                (EbayConstants.ClientIdCredential, credentials.ClientId),
                (EbayConstants.ClientSecretCredential, credentials.ClientSecret),
                (EbayConstants.RefreshTokenCredential, credentials.RefreshToken),
            })
            {
                if (string.IsNullOrWhiteSpace(value))
                {
                    yield return new StoreAccountError($"{CredentialsField}.{name}", "Required.");
                }
            }
        }
    }

    private static bool IsSandbox(EbaySettings settings) => settings.Environment == EbayConstants.Sandbox;
}
