using System.Text.Json;
using CrossBorderHub.Connectors.Kit.Failures;

namespace CrossBorderHub.Connectors.Amazon.Wire;

/// <summary>
/// Reads SP-API's error envelope <c>{"errors":[{"code","message","details"}]}</c> and LWA's
/// <c>{"error","error_description"}</c> for their code and message only; any other body yields nothing.
/// </summary>
internal static class AmazonErrorEnvelope
{
    private const int MaxReadChars = 64 * 1024;

    public static MarketplaceError? Parse(string? content)
    {
        if (string.IsNullOrWhiteSpace(content) || content.Length > MaxReadChars)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(content);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            if (root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array)
            {
                return FromList(root.Deserialize(AmazonJsonContext.Default.AmazonErrorList)?.Errors);
            }

            var lwa = root.Deserialize(AmazonJsonContext.Default.LwaTokenResponse);
            return lwa?.Error is { } code ? new MarketplaceError(code, lwa.ErrorDescription) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The first error's code, and every error's message with its details, joined.</summary>
    public static MarketplaceError? FromList(IReadOnlyList<AmazonError>? errors)
    {
        if (errors is not { Count: > 0 })
        {
            return null;
        }

        var message = string.Join("; ", errors.Select(e => string.IsNullOrWhiteSpace(e.Details) ? e.Message : $"{e.Message} ({e.Details})"));
        return new MarketplaceError(errors[0].Code, message);
    }
}
