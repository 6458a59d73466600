using System.Globalization;

namespace CrossBorderHub.Connectors.Shopee.Consent;

/// <summary>
/// The hub's Shopee app as <c>Connect:Apps:shopee</c> configures it: <c>partnerId</c>, <c>partnerKey</c> and <c>host</c>
/// (global, the default; cn; or sandbox), read from <see cref="ConsentApp.Values"/>.
/// </summary>
internal sealed record ShopeeConsentApp(long PartnerId, string PartnerKey, string Host)
{
    public const string PartnerIdValue = "partnerId";
    public const string PartnerKeyValue = "partnerKey";
    public const string HostValue = "host";

    public static IReadOnlyList<StoreAccountError> Validate(ConsentApp app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var errors = new List<StoreAccountError>();
        if (app.Value(PartnerIdValue) is not { } partnerId)
        {
            errors.Add(new StoreAccountError(PartnerIdValue, "Required: the partner id of the Shopee Open Platform app."));
        }
        else if (!long.TryParse(partnerId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id <= 0)
        {
            errors.Add(new StoreAccountError(PartnerIdValue, "Must be the app's numeric partner id."));
        }

        if (app.Value(PartnerKeyValue) is null)
        {
            errors.Add(new StoreAccountError(PartnerKeyValue, "Required: the partner key of the Shopee Open Platform app."));
        }

        if (app.Value(HostValue) is { } host && ShopeeStoreAccount.BaseUrlFor(host) is null)
        {
            errors.Add(new StoreAccountError(
                HostValue,
                $"'{MarketplaceException.Bound(host, 50)}' is not a Shopee platform: use {ShopeeConstants.GlobalHost}, {ShopeeConstants.ChinaHost} or {ShopeeConstants.SandboxHost}."));
        }

        return errors;
    }

    /// <summary>The app's values; <paramref name="app"/> passed <see cref="Validate"/>.</summary>
    public static ShopeeConsentApp Read(ConsentApp app)
    {
        if (Validate(app) is { Count: > 0 } errors)
        {
            throw new ArgumentException($"The Shopee app is not configured: {string.Join("; ", errors.Select(e => $"{e.Field}: {e.Message}"))}", nameof(app));
        }

        return new ShopeeConsentApp(
            long.Parse(app.Value(PartnerIdValue)!, NumberStyles.None, CultureInfo.InvariantCulture),
            app.Value(PartnerKeyValue)!,
            app.Value(HostValue) ?? ShopeeConstants.GlobalHost);
    }

    /// <summary>The partner, its calls sent to <paramref name="baseUrl"/> when the app replaces Shopee's host.</summary>
    public ShopeePartner Partner(Uri? baseUrl) => new(PartnerId, PartnerKey, Host, baseUrl);

    /// <summary>Never the key, should a record be logged.</summary>
    public override string ToString() => $"Shopee partner {PartnerId} ({Host})";
}
