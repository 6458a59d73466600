using CrossBorderHub.Connectors;

namespace CrossBorderHub.Hub.Webhooks;

/// <summary>
/// The apps under <c>Connect:Apps:{marketplace}</c>, read as the consent flow reads them: every value but the three host
/// replacements is one of <see cref="ConsentApp.Values"/>. Read at each push, so a reloaded secret applies at once.
/// </summary>
internal sealed class ConfiguredWebhookApps(IConfiguration configuration) : IWebhookApps
{
    public const string Section = "Connect:Apps";

    private const string ConsentUrlKey = "ConsentUrl";
    private const string ApiUrlKey = "ApiUrl";
    private const string AuthUrlKey = "AuthUrl";

    public ConsentApp? Find(string marketplace)
    {
        var app = configuration.GetSection(Section).GetChildren()
            .FirstOrDefault(s => string.Equals(s.Key, marketplace, StringComparison.OrdinalIgnoreCase));
        if (app is null)
        {
            return null;
        }

        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in app.GetChildren())
        {
            if (entry.Value is { } value && !IsHost(entry.Key))
            {
                values[entry.Key] = value;
            }
        }

        return values.Count == 0 ? null : new ConsentApp(values, UrlOf(app[ConsentUrlKey]), UrlOf(app[ApiUrlKey]), UrlOf(app[AuthUrlKey]));
    }

    private static bool IsHost(string key) =>
        key.Equals(ConsentUrlKey, StringComparison.OrdinalIgnoreCase)
        || key.Equals(ApiUrlKey, StringComparison.OrdinalIgnoreCase)
        || key.Equals(AuthUrlKey, StringComparison.OrdinalIgnoreCase);

    private static Uri? UrlOf(string? text) => Uri.TryCreate(text, UriKind.Absolute, out var url) ? url : null;
}
