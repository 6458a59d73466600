using System.Globalization;
using System.Runtime.ExceptionServices;
using System.Text.Json;
using CrossBorderHub.Connectors.Kit.Failures;
using CrossBorderHub.Connectors.TikTokShop.Wire;
using Refit;

namespace CrossBorderHub.Connectors.TikTokShop;

/// <summary>
/// TikTok's envelope into <see cref="MarketplaceException"/> kinds: the answer is judged by its code, not its HTTP status;
/// codes starting 105 or 360 are token and authorization errors, every other non-zero code a rejected request.
/// </summary>
internal sealed class TikTokShopErrors
{
    private readonly MarketplaceFailures _failures = new(TikTokShopConstants.Marketplace, TikTokShopConstants.DisplayName);

    public static bool IsTokenError(long code)
    {
        var text = code.ToString(CultureInfo.InvariantCulture);
        return text.StartsWith("105", StringComparison.Ordinal) || text.StartsWith("360", StringComparison.Ordinal);
    }

    /// <summary>The data of a successful answer, or the exception the answer calls for.</summary>
    /// <param name="action">What the call was doing, put before TikTok's message (e.g. "exchanging the authorization code").</param>
    public TData DataOf<TData>(string host, IApiResponse<TikTokEnvelope<TData>> response, CancellationToken cancellationToken, string? action = null)
        where TData : class
    {
        if (response.Error is ApiRequestException { InnerException: { } cause })
        {
            // The call never got an answer (transport failure, timeout, open circuit): Refit keeps the cause here.
            cancellationToken.ThrowIfCancellationRequested();
            if (MarketplaceFailures.IsTransport(cause) || cause is MarketplaceException)
            {
                throw _failures.FromException(host, cause);
            }

            ExceptionDispatchInfo.Throw(cause);
        }

        if (!response.IsSuccessStatusCode)
        {
            var error = Parse((response.Error as ApiException)?.Content);
            throw _failures.FromStatus(host, response.StatusCode ?? default, error, response.Headers?.Location);
        }

        var envelope = response.Content
            ?? throw _failures.Malformed(host, $"the body is not a TikTok Shop envelope ({ReasonOf(response.Error)}).", response.Error);
        if (envelope.Code is not { } code)
        {
            throw _failures.Malformed(host, "the answer has no code.");
        }

        if (code != 0)
        {
            var kind = IsTokenError(code) ? MarketplaceFailureKind.AuthorizationRefused : MarketplaceFailureKind.Rejected;
            var error = ErrorOf(envelope);
            throw _failures.FromError(kind, host, action is null ? error : error with { Message = $"{action}: {error.Message}" });
        }

        return envelope.Data ?? throw _failures.Malformed(host, "a successful answer has no data.");
    }

    public MarketplaceException FromException(string host, Exception exception) => _failures.FromException(host, exception);

    public MarketplaceException Malformed(string host, string reason) => _failures.Malformed(host, reason);

    private static MarketplaceError ErrorOf<TData>(TikTokEnvelope<TData> envelope)
        where TData : class =>
        new(envelope.Code?.ToString(CultureInfo.InvariantCulture), envelope.RequestId is null ? envelope.Message : $"{envelope.Message} (request {envelope.RequestId})");

    /// <summary>The code and message of an error body, when it is TikTok's envelope; never the body itself.</summary>
    private static MarketplaceError? Parse(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            var envelope = JsonSerializer.Deserialize(body, TikTokShopJsonContext.Default.TikTokEnvelopeTikTokEmptyData);
            return envelope?.Code is null ? null : ErrorOf(envelope);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string ReasonOf(Exception? error) =>
        error?.InnerException is JsonException json ? json.Message : "no content";
}
