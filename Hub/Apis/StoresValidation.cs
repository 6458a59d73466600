using System.Text.Json;
using CrossBorderHub.Connectors;

namespace CrossBorderHub.Hub.Apis;

/// <summary>What create and edit both check: sizes, the marketplace's shape, and where its credentials may go.</summary>
internal static class StoresValidation
{
    public const int MaxNameLength = 200;

    public static IEnumerable<(string Field, string Message)> CheckName(string? name, bool required)
    {
        if ((required || name is not null) && (string.IsNullOrWhiteSpace(name) || name.Trim().Length > MaxNameLength))
        {
            yield return ("name", $"Required, at most {MaxNameLength} characters.");
        }
    }

    /// <summary>Overrides of the marketplace's hosts: only where the hub allows custom hosts, and only absolute http(s).</summary>
    public static IEnumerable<(string Field, string Message)> CheckHost(string field, Uri? url, bool allowCustomHosts, string? marketplace)
    {
        if (url is null)
        {
            yield break;
        }

        if (!allowCustomHosts)
        {
            yield return (field, $"Not accepted: this hub sends a store's credentials only to {marketplace ?? "its marketplace"}'s own hosts (set Connectors:AllowCustomHosts=true for sandboxes and tests).");
        }
        else if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            yield return (field, "Must be an absolute http or https URL.");
        }
    }

    /// <summary>Adds <paramref name="found"/> to <paramref name="errors"/>; true when there were none.</summary>
    public static bool Collect(List<(string Field, string Message)> errors, IEnumerable<(string Field, string Message)> found)
    {
        var before = errors.Count;
        errors.AddRange(found);
        return errors.Count == before;
    }

    /// <summary>The marketplace's own checks, once the sizes are within limits; <paramref name="credentials"/> null when unchanged.</summary>
    public static IEnumerable<(string Field, string Message)> CheckShape(IMarketplaceConnector connector, JsonElement? settings, IReadOnlyDictionary<string, string>? credentials) =>
        connector.Account.Validate(settings ?? StoreAccountJson.EmptyObject, credentials).Select(e => (e.Field, e.Message));
}
