using System.Text.Json;

namespace CrossBorderHub.Connectors;

/// <summary>
/// The shape of a marketplace's store accounts: the typed settings and credentials records, how they are checked, and
/// which official hosts they lead to. Each connector declares one (see <see cref="StoreAccountDefinition{TSettings, TCredentials}"/>).
/// </summary>
public interface IStoreAccountDefinition
{
    Type SettingsType { get; }

    Type CredentialsType { get; }

    /// <summary>
    /// Checks settings (a JSON object) and credentials; <paramref name="credentials"/> null means "unchanged", so only the
    /// settings are checked. Errors name the field as the request spells it, e.g. "settings.shopDomain".
    /// </summary>
    IReadOnlyList<StoreAccountError> Validate(JsonElement settings, IReadOnlyDictionary<string, string>? credentials);

    /// <summary>The settings as stored: the typed record written back, so every store of a marketplace has one shape.</summary>
    JsonElement Normalize(JsonElement settings);

    /// <summary>The marketplace's own hosts for these (valid) settings, e.g. https://{shopDomain} or a regional endpoint.</summary>
    MarketplaceHosts HostsFor(JsonElement settings);

    /// <summary>
    /// The account's identity on the marketplace for (valid) settings, e.g. the shop domain or shop id; null when the
    /// settings do not name one. Consent and webhooks match stores by it.
    /// </summary>
    string? AccountKey(JsonElement settings);
}
