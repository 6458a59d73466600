namespace CrossBorderHub.Connectors.Shopee;

/// <summary>A Shopee shop account: <see cref="ShopeeSettings"/>, <see cref="ShopeeCredentials"/>, and the platform host the settings name.</summary>
internal sealed class ShopeeStoreAccount : StoreAccountDefinition<ShopeeSettings, ShopeeCredentials>
{
    public static ShopeeStoreAccount Definition { get; } = new();

    /// <summary>The settings and credentials of a store, checked before any call.</summary>
    /// <exception cref="MarketplaceException">Rejected: the stored settings or credentials are not Shopee's (retrying cannot help).</exception>
    public static (ShopeeSettings Settings, ShopeeCredentials Credentials, Uri BaseUrl) Read(StoreAccount account)
    {
        var errors = Definition.Validate(account.Settings, account.Credentials);
        if (errors.Count > 0)
        {
            throw new MarketplaceException(
                MarketplaceFailureKind.Rejected,
                ShopeeConstants.Marketplace,
                null,
                $"Store {account.Id} cannot be used with Shopee: {string.Join("; ", errors.Select(e => $"{e.Field}: {e.Message}"))}");
        }

        var settings = account.SettingsAs<ShopeeSettings>();
        return (settings, account.CredentialsAs<ShopeeCredentials>(), account.BaseUrl ?? Definition.HostsFor(settings).Api);
    }

    public static ShopeeCredentials CredentialsFrom(IReadOnlyDictionary<string, string> credentials) =>
        System.Text.Json.JsonSerializer.Deserialize<ShopeeCredentials>(StoreAccountJson.ToElement(credentials), StoreAccountJson.Options)
        ?? throw new System.Text.Json.JsonException("Shopee credentials are null.");

    /// <summary>The shop id.</summary>
    protected override string? AccountKeyOf(ShopeeSettings settings) => settings.ShopId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    protected override MarketplaceHosts HostsFor(ShopeeSettings settings) =>
        new(BaseUrlFor(settings.Host) ?? ShopeeConstants.GlobalBaseUrl);

    protected override IEnumerable<StoreAccountError> Check(ShopeeSettings settings, ShopeeCredentials? credentials)
    {
        if (settings.Host is not null && BaseUrlFor(settings.Host) is null)
        {
            yield return new StoreAccountError(
                $"{SettingsField}.host",
                $"'{MarketplaceException.Bound(settings.Host, 50)}' is not a Shopee platform: use {ShopeeConstants.GlobalHost}, {ShopeeConstants.ChinaHost} or {ShopeeConstants.SandboxHost}.");
        }

        if (credentials is null)
        {
            yield break;
        }

        foreach (var (name, value) in new[]
                 {
                     (ShopeeConstants.PartnerKeyCredential, credentials.PartnerKey),
                     (ShopeeConstants.AccessTokenCredential, credentials.AccessToken),
                     (ShopeeConstants.RefreshTokenCredential, credentials.RefreshToken),
                 })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                yield return new StoreAccountError($"{CredentialsField}.{name}", "Required.");
            }
        }
    }

    internal static Uri? BaseUrlFor(string? host) => host switch
    {
        null or ShopeeConstants.GlobalHost => ShopeeConstants.GlobalBaseUrl,
        ShopeeConstants.ChinaHost => ShopeeConstants.ChinaBaseUrl,
        ShopeeConstants.SandboxHost => ShopeeConstants.SandboxBaseUrl,
        _ => null,
    };
}
