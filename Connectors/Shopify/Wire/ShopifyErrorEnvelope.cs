using System.Text.Json;
using CrossBorderHub.Connectors.Kit.Failures;

namespace CrossBorderHub.Connectors.Shopify.Wire;

/// <summary>
/// Reads Shopify's error envelopes for their code and message only: GraphQL <c>{"errors":[{"message","extensions":{"code"}}]}</c>
/// and the plain <c>{"errors":"[API] Invalid API key or access token …"}</c> of a 401. Anything else yields nothing,
/// so a body of unknown shape never reaches a run's error.
/// </summary>
internal static class ShopifyErrorEnvelope
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
            using var document = JsonDocument.Parse(content);
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("errors", out var errors))
            {
                return null;
            }

            return errors.ValueKind switch
            {
                JsonValueKind.String => new MarketplaceError(null, errors.GetString()),
                JsonValueKind.Array => FromList(errors),
                _ => null,
            };
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The first code any error carries and every error's message, read as <see cref="Parse"/> reads a body.</summary>
    public static MarketplaceError FromList(IReadOnlyList<ShopifyGraphQLError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var messages = errors.Select(e => e.Message).OfType<string>().ToList();
        return new(errors.Select(e => e.Extensions?.Code).FirstOrDefault(c => c is not null), messages.Count == 0 ? null : string.Join(" | ", messages));
    }

    private static MarketplaceError? FromList(JsonElement errors)
    {
        string? code = null;
        var messages = new List<string>();
        foreach (var error in errors.EnumerateArray())
        {
            if (error.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            if (error.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.String)
            {
                messages.Add(message.GetString()!);
            }

            if (code is null
                && error.TryGetProperty("extensions", out var extensions)
                && extensions.ValueKind == JsonValueKind.Object
                && extensions.TryGetProperty("code", out var value)
                && value.ValueKind == JsonValueKind.String)
            {
                code = value.GetString();
            }
        }

        return code is null && messages.Count == 0 ? null : new MarketplaceError(code, messages.Count == 0 ? null : string.Join(" | ", messages));
    }
}
