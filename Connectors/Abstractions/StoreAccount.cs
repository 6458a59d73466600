namespace CrossBorderHub.Connectors;

/// <summary>
/// One seller account on one marketplace, as a connector needs it. Settings are plain; credentials arrive
/// already decrypted and never leave the connector. <see cref="BaseUrl"/> replaces the marketplace's
/// API host (sandboxes, tests); <see cref="AuthUrl"/> replaces its token host.
/// </summary>
public sealed record StoreAccount(
    Guid Id,
    Guid SellerId,
    string Marketplace,
    string Name,
    IReadOnlyDictionary<string, string> Settings,
    IReadOnlyDictionary<string, string> Credentials,
    Uri? BaseUrl = null,
    Uri? AuthUrl = null)
{
    public string? Setting(string key) => Settings.TryGetValue(key, out var value) ? value : null;

    public string? Credential(string key) => Credentials.TryGetValue(key, out var value) ? value : null;
}
