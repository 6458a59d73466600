using CrossBorderHub.Connectors;
using Microsoft.Extensions.Options;

namespace CrossBorderHub.Hub.Consent;

/// <summary>What attributes cannot check: absolute URLs, and host replacements only where custom hosts are allowed.</summary>
internal sealed class ConsentOptionsValidation(IOptions<ConnectorHostOptions> hosts) : IValidateOptions<ConsentOptions>
{
    public ValidateOptionsResult Validate(string? name, ConsentOptions options)
    {
        var failures = new List<string>();
        if (options.PublicBaseUrl is { } publicBase && !IsHttpUrl(publicBase))
        {
            failures.Add($"{ConsentOptions.Section}:{nameof(ConsentOptions.PublicBaseUrl)} must be an absolute http or https URL without query or fragment.");
        }

        foreach (var (marketplace, values) in options.Apps)
        {
            foreach (var (key, value) in values.Where(v => ConsentApps.IsHostKey(v.Key) && !string.IsNullOrWhiteSpace(v.Value)))
            {
                var setting = $"{ConsentOptions.Section}:Apps:{marketplace}:{key}";
                if (!hosts.Value.AllowCustomHosts)
                {
                    failures.Add($"{setting} is accepted only with Connectors:AllowCustomHosts=true (sandboxes and tests): otherwise consent goes to {marketplace}'s own hosts.");
                }
                else if (!Uri.TryCreate(value, UriKind.Absolute, out var url) || !IsHttpUrl(url))
                {
                    failures.Add($"{setting} must be an absolute http or https URL.");
                }
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    internal static bool IsHttpUrl(Uri url) =>
        url.IsAbsoluteUri && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps) && url.Query.Length == 0 && url.Fragment.Length == 0;
}
