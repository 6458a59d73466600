using System.Globalization;
using System.Text.Json;
using CrossBorderHub.Connectors.Kit.Failures;

namespace CrossBorderHub.Connectors.Ebay.Wire;

/// <summary>
/// Reads eBay's error bodies for a code and message only: the Sell APIs' <c>{"errors":[{errorId,domain,category,message,longMessage,parameters}]}</c>
/// and the token endpoint's <c>{"error","error_description"}</c>. Anything else yields nothing, so a body of unknown
/// shape never reaches a run's error.
/// </summary>
internal static class EbayErrorEnvelope
{
    private const int MaxReadBytes = 64 * 1024;

    public static MarketplaceError? Parse(string? content)
    {
        if (string.IsNullOrWhiteSpace(content) || content.Length > MaxReadBytes)
        {
            return null;
        }

        try
        {
            if (JsonSerializer.Deserialize(content, EbayJsonContext.Default.EbayErrorResponse)?.Errors is { Count: > 0 } errors)
            {
                return FromDetails(errors);
            }

            var oauth = JsonSerializer.Deserialize(content, EbayJsonContext.Default.EbayOAuthError);
            return oauth?.Error is null ? null : new MarketplaceError(oauth.Error, oauth.ErrorDescription);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The first error's id as the code; its long message (or message), domain, category and parameters as the message; a count of the others.</summary>
    public static MarketplaceError FromDetails(IReadOnlyList<EbayErrorDetail> errors)
    {
        var first = errors[0];
        var text = first.LongMessage ?? first.Message ?? "(no message)";
        var where = string.Join("/", new[] { first.Domain, first.Category }.Where(s => !string.IsNullOrEmpty(s)));
        var parameters = first.Parameters is { Count: > 0 } list
            ? $" [{string.Join(", ", list.Select(p => $"{p.Name}={p.Value}"))}]"
            : "";
        var more = errors.Count > 1 ? $" (+{errors.Count - 1} more)" : "";
        var message = where.Length > 0 ? $"{text} ({where}){parameters}{more}" : $"{text}{parameters}{more}";
        return new MarketplaceError(first.ErrorId?.ToString(CultureInfo.InvariantCulture), message);
    }
}
