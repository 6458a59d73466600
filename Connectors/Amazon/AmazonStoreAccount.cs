using CrossBorderHub.Connectors.Amazon.Http;

namespace CrossBorderHub.Connectors.Amazon;

/// <summary>An Amazon store account: <see cref="AmazonSettings"/>, <see cref="AmazonCredentials"/>, the region's SP-API host and the LWA host.</summary>
internal sealed class AmazonStoreAccount : StoreAccountDefinition<AmazonSettings, AmazonCredentials>
{
    public static AmazonStoreAccount Definition { get; } = new();

    /// <summary>The request context for calls of <paramref name="operation"/>: the store's hosts (official unless the hub allowed an override) and credentials.</summary>
    /// <exception cref="MarketplaceException">Rejected: the stored settings or credentials are not Amazon's, so no call is made.</exception>
    public static AmazonRequestContext Context(StoreAccount account, string operation)
    {
        var errors = Definition.Validate(account.Settings, account.Credentials);
        if (errors.Count > 0)
        {
            throw new MarketplaceException(
                MarketplaceFailureKind.Rejected,
                AmazonConstants.Marketplace,
                null,
                $"Store {account.Id} cannot be used with Amazon: {string.Join("; ", errors.Select(e => $"{e.Field}: {e.Message}"))}");
        }

        var hosts = Definition.HostsFor(account.SettingsAs<AmazonSettings>());
        return new AmazonRequestContext(
            account.Id.ToString("N"), account.BaseUrl ?? hosts.Api, account.AuthUrl ?? hosts.Auth!, account.CredentialsAs<AmazonCredentials>(), operation);
    }

    public static bool UsesOrdersV0(AmazonSettings settings) => settings.OrdersApi == AmazonConstants.OrdersApiV0;

    public static bool UsesSandbox(AmazonSettings settings) => settings.Environment == AmazonConstants.SandboxEnvironment;

    /// <summary>The selling partner id (merchant token) consent returns as selling_partner_id.</summary>
    protected override string? AccountKeyOf(AmazonSettings settings) => settings.SellerId;

    protected override MarketplaceHosts HostsFor(AmazonSettings settings) =>
        new((UsesSandbox(settings) ? AmazonConstants.SandboxRegionHosts : AmazonConstants.RegionHosts)[settings.Region], AmazonConstants.LwaHost);

    protected override IEnumerable<StoreAccountError> Check(AmazonSettings settings, AmazonCredentials? credentials)
    {
        if (!AmazonConstants.RegionHosts.ContainsKey(settings.Region))
        {
            yield return new StoreAccountError($"{SettingsField}.region", $"'{MarketplaceException.Bound(settings.Region, 20)}' is not an SP-API region: na, eu or fe.");
        }

        if (settings.OrdersApi is not (null or AmazonConstants.OrdersApi2026 or AmazonConstants.OrdersApiV0))
        {
            yield return new StoreAccountError(
                $"{SettingsField}.ordersApi", $"'{MarketplaceException.Bound(settings.OrdersApi, 20)}' is not an Orders API version: {AmazonConstants.OrdersApi2026} or {AmazonConstants.OrdersApiV0}.");
        }

        if (settings.Environment is not (null or AmazonConstants.ProductionEnvironment or AmazonConstants.SandboxEnvironment))
        {
            yield return new StoreAccountError(
                $"{SettingsField}.environment",
                $"'{MarketplaceException.Bound(settings.Environment, 20)}' is not an SP-API environment: {AmazonConstants.ProductionEnvironment} or {AmazonConstants.SandboxEnvironment}.");
        }

        if (settings.Backfill is not (null or AmazonConstants.ReportsBackfill))
        {
            yield return new StoreAccountError($"{SettingsField}.backfill", $"'{MarketplaceException.Bound(settings.Backfill, 20)}' is not a backfill: {AmazonConstants.ReportsBackfill}, or absent.");
        }

        if (settings.MarketplaceIds.Any(string.IsNullOrWhiteSpace))
        {
            yield return new StoreAccountError($"{SettingsField}.marketplaceIds", "A marketplace id is empty.");
        }

        if (credentials is not null)
        {
            foreach (var (name, value) in new[] { ("clientId", credentials.ClientId), ("clientSecret", credentials.ClientSecret), ("refreshToken", credentials.RefreshToken) })
            {
                if (string.IsNullOrWhiteSpace(value))
                {
                    yield return new StoreAccountError($"{CredentialsField}.{name}", "Required.");
                }
            }
        }
    }
}
