namespace CrossBorderHub.Connectors.TikTokShop;

/// <summary>A TikTok Shop store account: <see cref="TikTokShopSettings"/>, <see cref="TikTokShopCredentials"/>, the global API and token hosts.</summary>
internal sealed class TikTokShopStoreAccount : StoreAccountDefinition<TikTokShopSettings, TikTokShopCredentials>
{
    public static TikTokShopStoreAccount Definition { get; } = new();

    /// <summary>The typed settings and credentials of a stored account.</summary>
    /// <exception cref="MarketplaceException">Rejected: the stored settings or credentials are not TikTok Shop's, so no call is made.</exception>
    public static (TikTokShopSettings Settings, TikTokShopCredentials Credentials) Read(StoreAccount account)
    {
        var errors = Definition.Validate(account.Settings, account.Credentials);
        if (errors.Count > 0)
        {
            throw new MarketplaceException(
                MarketplaceFailureKind.Rejected,
                TikTokShopConstants.Marketplace,
                null,
                $"Store {account.Id} cannot be used with TikTok Shop: {string.Join("; ", errors.Select(e => $"{e.Field}: {e.Message}"))}");
        }

        return (account.SettingsAs<TikTokShopSettings>(), account.CredentialsAs<TikTokShopCredentials>());
    }

    /// <summary>The shop id.</summary>
    protected override string? AccountKeyOf(TikTokShopSettings settings) => settings.ShopId;

    protected override MarketplaceHosts HostsFor(TikTokShopSettings settings) => new(TikTokShopConstants.ApiHost, TikTokShopConstants.AuthHost);
}
