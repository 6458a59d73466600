using System.Net;
using Polly.CircuitBreaker;
using Polly.RateLimiting;
using Polly.Timeout;
using CrossBorderHub.Connectors.Kit.Http;

namespace CrossBorderHub.Connectors.Kit.Failures;

/// <summary>
/// Turns what an HTTP call to one marketplace ended with into a <see cref="MarketplaceException"/> of the right kind.
/// Messages keep the marketplace's error code and message (bounded) and never a raw response body.
/// </summary>
/// <param name="marketplace">The marketplace key, e.g. "shopify".</param>
/// <param name="displayName">How messages name it, e.g. "Shopify".</param>
public sealed class MarketplaceFailures(string marketplace, string displayName)
{
    /// <summary>Exceptions the pipeline ends a call with when the marketplace could not be reached or kept failing.</summary>
    public static bool IsTransport(Exception exception) =>
        exception is HttpRequestException or TimeoutRejectedException or BrokenCircuitException or RateLimiterRejectedException;

    /// <summary>
    /// A non-2xx answer after the pipeline's retries: 401/403 refused credentials; 429 throttled; 408 and 5xx
    /// unavailable; 3xx a redirect that is not followed; any other 4xx rejected.
    /// </summary>
    public MarketplaceException FromStatus(string host, HttpStatusCode status, MarketplaceError? error = null, Uri? location = null)
    {
        var code = (int)status;
        return code switch
        {
            401 or 403 => Fail(MarketplaceFailureKind.AuthorizationRefused, error, $"{displayName} at {host} refused the access token (HTTP {code}){Detail(error)}"),
            429 => Fail(MarketplaceFailureKind.Throttled, error, $"{displayName} at {host} was still throttling (HTTP 429) after retries{Detail(error)}"),
            408 or >= 500 => Fail(MarketplaceFailureKind.Unavailable, error, $"{displayName} at {host} answered HTTP {code} after retries{Detail(error)}"),
            >= 300 and < 400 => Fail(
                MarketplaceFailureKind.Rejected,
                error,
                $"{displayName} at {host} redirected the request (HTTP {code}) to {RedirectTarget(location)}, which is not followed: credentials go only to the marketplace's own host."),
            _ => Fail(MarketplaceFailureKind.Rejected, error, $"{displayName} at {host} rejected the request (HTTP {code}){Detail(error)}"),
        };
    }

    /// <summary>An exception the call ended with: transport failures, timeouts and an open circuit are unavailability; a body that is not JSON is malformed.</summary>
    public MarketplaceException FromException(string host, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception switch
        {
            MarketplaceException known => known,
            MalformedResponseException malformed => Malformed(host, malformed.Message, malformed),
            BrokenCircuitException => new MarketplaceException(
                MarketplaceFailureKind.Unavailable, marketplace, null, $"{displayName} at {host} kept failing; calls are paused while the circuit is open.", exception),
            TimeoutRejectedException => new MarketplaceException(
                MarketplaceFailureKind.Unavailable, marketplace, null, $"{displayName} at {host} did not answer in time after retries.", exception),
            _ => new MarketplaceException(
                MarketplaceFailureKind.Unavailable, marketplace, null, $"{displayName} at {host} could not be reached after retries: {exception.Message}", exception),
        };
    }

    /// <summary>A 2xx answer that is not the documented shape (e.g. <c>{"data":{}}</c>), with the reason it is not.</summary>
    public MarketplaceException Malformed(string host, string reason, Exception? innerException = null) =>
        new(MarketplaceFailureKind.MalformedResponse, marketplace, null, $"{displayName} at {host} answered with a malformed response: {reason}", innerException);

    /// <summary>A 2xx answer carrying the marketplace's own error (GraphQL errors, an error field), of the kind the connector decides.</summary>
    public MarketplaceException FromError(MarketplaceFailureKind kind, string host, MarketplaceError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return Fail(kind, error, $"{displayName} at {host} answered with error {error.Code ?? "(no code)"}: {MarketplaceException.Bound(error.Message, 300)}");
    }

    private static string Detail(MarketplaceError? error) =>
        error switch
        {
            null or { Code: null, Message: null } => "",
            { Code: null } => $": {MarketplaceException.Bound(error.Message, 300)}",
            { Message: null } => $": {error.Code}",
            _ => $": {error.Code}: {MarketplaceException.Bound(error.Message, 300)}",
        };

    private static string RedirectTarget(Uri? location) =>
        location switch
        {
            { IsAbsoluteUri: true } => MarketplaceException.Bound(location.Authority, 100),
            null => "no location",
            _ => "a relative location",
        };

    private MarketplaceException Fail(MarketplaceFailureKind kind, MarketplaceError? error, string message) =>
        new(kind, marketplace, error?.Code, message);
}
