using System.Text.Json;

namespace CrossBorderHub.Connectors;

/// <summary>
/// One seller account on one marketplace, as a connector needs it. <see cref="Settings"/> is a JSON object (it may hold
/// arrays, e.g. marketplace ids) read typed with <see cref="SettingsAs{T}"/>; credentials arrive already decrypted and
/// never leave the connector. <see cref="BaseUrl"/> and <see cref="AuthUrl"/> replace the marketplace's API and token
/// hosts; the hub hands them to a connector only when it runs with <c>Connectors:AllowCustomHosts=true</c>.
/// </summary>
public sealed record StoreAccount(
    Guid Id,
    Guid SellerId,
    string Marketplace,
    string Name,
    JsonElement Settings,
    IReadOnlyDictionary<string, string> Credentials,
    Uri? BaseUrl = null,
    Uri? AuthUrl = null)
{
    /// <summary>A store whose settings are all plain strings.</summary>
    public StoreAccount(
        Guid id,
        Guid sellerId,
        string marketplace,
        string name,
        IReadOnlyDictionary<string, string> settings,
        IReadOnlyDictionary<string, string> credentials,
        Uri? baseUrl = null,
        Uri? authUrl = null)
        : this(id, sellerId, marketplace, name, StoreAccountJson.ToElement(settings), credentials, baseUrl, authUrl)
    {
    }

    /// <summary>The settings as the marketplace's record.</summary>
    /// <exception cref="JsonException">The settings do not fit <typeparamref name="T"/>.</exception>
    public T SettingsAs<T>()
        where T : class =>
        Settings.Deserialize<T>(StoreAccountJson.Options)
        ?? throw new JsonException($"Store {Id} has no {Marketplace} settings.");

    /// <summary>The credentials as the marketplace's record.</summary>
    /// <exception cref="JsonException">The credentials do not fit <typeparamref name="T"/>.</exception>
    public T CredentialsAs<T>()
        where T : class =>
        StoreAccountJson.ToElement(Credentials).Deserialize<T>(StoreAccountJson.Options)
        ?? throw new JsonException($"Store {Id} has no {Marketplace} credentials.");

    /// <summary>One top-level setting that is a string; null when absent or not a string.</summary>
    public string? Setting(string key) =>
        Settings.ValueKind == JsonValueKind.Object && Settings.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    public string? Credential(string key) => Credentials.TryGetValue(key, out var value) ? value : null;
}
