using System.Collections.Concurrent;
using CrossBorderHub.Connectors;
using Microsoft.Extensions.Options;

namespace CrossBorderHub.Hub.Consent;

/// <summary>
/// The hub's own app per marketplace: <c>Connect:Apps:{marketplace}</c> read into a <see cref="ConsentApp"/> (every key
/// but ConsentUrl/ApiUrl/AuthUrl is a value), plus apps registered while the hub runs (the demo offers its sandboxes).
/// A configured app is never replaced by a registered one.
/// </summary>
internal sealed class ConsentApps(IOptions<ConsentOptions> options, IOptions<ConnectorHostOptions> hosts)
{
    private const string ConsentUrlKey = "ConsentUrl";
    private const string ApiUrlKey = "ApiUrl";
    private const string AuthUrlKey = "AuthUrl";

    private readonly ConcurrentDictionary<string, ConsentApp> _registered = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lazy<Dictionary<string, ConsentApp>> _configured = new(() => options.Value.Apps.ToDictionary(
        a => a.Key,
        a => FromValues(a.Value),
        StringComparer.OrdinalIgnoreCase));

    /// <summary>Every marketplace with an app, configured or registered.</summary>
    public IReadOnlyCollection<string> Marketplaces => [.. _configured.Value.Keys.Union(_registered.Keys, StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal)];

    public ConsentApp? Find(string marketplace) =>
        _configured.Value.GetValueOrDefault(marketplace) ?? _registered.GetValueOrDefault(marketplace);

    /// <summary>Offers <paramref name="app"/> for consent on <paramref name="marketplace"/>; false when one is configured for it.</summary>
    /// <exception cref="InvalidOperationException">The app replaces hosts and the hub does not allow custom hosts.</exception>
    public bool Register(string marketplace, ConsentApp app)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(marketplace);
        if ((app.ConsentUrl ?? app.ApiUrl ?? app.AuthUrl) is not null && !hosts.Value.AllowCustomHosts)
        {
            throw new InvalidOperationException($"The {marketplace} app replaces the marketplace's hosts; that needs Connectors:AllowCustomHosts=true.");
        }

        if (_configured.Value.ContainsKey(marketplace))
        {
            return false;
        }

        _registered[marketplace] = app;
        return true;
    }

    internal static bool IsHostKey(string key) =>
        key.Equals(ConsentUrlKey, StringComparison.OrdinalIgnoreCase)
        || key.Equals(ApiUrlKey, StringComparison.OrdinalIgnoreCase)
        || key.Equals(AuthUrlKey, StringComparison.OrdinalIgnoreCase);

    private static ConsentApp FromValues(IReadOnlyDictionary<string, string?> section)
    {
        var values = section
            .Where(v => !IsHostKey(v.Key) && v.Value is not null)
            .ToDictionary(v => v.Key, v => v.Value!, StringComparer.Ordinal);
        return new ConsentApp(values, Url(section, ConsentUrlKey), Url(section, ApiUrlKey), Url(section, AuthUrlKey));
    }

    private static Uri? Url(IReadOnlyDictionary<string, string?> section, string key) =>
        section.FirstOrDefault(v => v.Key.Equals(key, StringComparison.OrdinalIgnoreCase)).Value is { Length: > 0 } value
            ? new Uri(value, UriKind.Absolute)
            : null;
}
