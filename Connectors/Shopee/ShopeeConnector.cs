using System.Runtime.ExceptionServices;
using System.Text.Json;
using CrossBorderHub.Connectors.Kit.Failures;
using CrossBorderHub.Connectors.Shopee.Http;
using CrossBorderHub.Connectors.Shopee.Wire;
using CrossBorderHub.Mapping.Canonical;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Refit;

namespace CrossBorderHub.Connectors.Shopee;

/// <summary>
/// Shopee through the signed Open Platform v2 shop API. Orders are pulled window by window (update_time, at most 15
/// days each) and page by page (cursor), then read in detail in batches. Shopee's error envelope (often with HTTP 200)
/// becomes a <see cref="MarketplaceException"/>; an expired access token is refreshed once, the new single-use refresh
/// token written back with it.
/// </summary>
internal sealed partial class ShopeeConnector(
    IShopeeApi api,
    ShopeeMapper mapper,
    IOptions<ShopeeOptions> options,
    IStoreCredentialWriter credentialWriter,
    ILogger<ShopeeConnector> logger,
    TimeProvider time) : IMarketplaceConnector
{
    private readonly MarketplaceFailures _failures = new(ShopeeConstants.Marketplace, ShopeeConstants.DisplayName);
    private readonly ShopeeOptions _options = options.Value;

    public string Marketplace => ShopeeConstants.Marketplace;

    public MarketplaceCapabilities Capabilities => MarketplaceCapabilities.PullOrders | MarketplaceCapabilities.PullCatalog | MarketplaceCapabilities.PullInventory | MarketplaceCapabilities.PushShipment
        | MarketplaceCapabilities.PushInventory;

    public IStoreAccountDefinition Account => ShopeeStoreAccount.Definition;

    /// <summary>
    /// Makes one shop API call and returns its <c>response</c>. An expired access token is refreshed once per session
    /// and the call made again; any other error becomes a <see cref="MarketplaceException"/> keeping Shopee's code and message.
    /// </summary>
    private async Task<T> CallAsync<T>(
        ShopeeSession session,
        string operation,
        Func<ShopeeRequestContext, Task<IApiResponse<ShopeeEnvelope<T>>>> call,
        CancellationToken cancellationToken,
        bool responseRequired = true)
        where T : class =>
        (await CallEnvelopeAsync(session, operation, call, cancellationToken, responseRequired)).Response!;

    /// <summary>
    /// As <see cref="CallAsync{T}"/>, returning the whole envelope (request_id, warning). An error named in
    /// <paramref name="answeredError"/> that still carries a response (update_stock's error_busi_update_stock_failed
    /// with its failure_list) is returned for the caller to read rather than thrown.
    /// </summary>
    private async Task<ShopeeEnvelope<T>> CallEnvelopeAsync<T>(
        ShopeeSession session,
        string operation,
        Func<ShopeeRequestContext, Task<IApiResponse<ShopeeEnvelope<T>>>> call,
        CancellationToken cancellationToken,
        bool responseRequired = true,
        string? answeredError = null)
        where T : class
    {
        while (true)
        {
            var (envelope, status) = await SendAsync(session, () => call(session.Shop(operation)), cancellationToken);
            if (envelope is { Error: null or "" } && status is null)
            {
                return envelope.Response is not null || !responseRequired
                    ? envelope
                    : throw _failures.Malformed(session.BaseUrl.Host, $"{operation} answered without a response object.");
            }

            if (answeredError is not null && envelope is { Response: not null } && envelope.Error == answeredError)
            {
                return envelope;
            }

            var error = new MarketplaceError(NullIfEmpty(envelope?.Error), NullIfEmpty(envelope?.Message));
            if (ShopeeErrors.IsExpiredToken(error.Code) && !session.Refreshed)
            {
                ShopeeLog.RefreshingAccessToken(logger, session.Account.Id);
                await RefreshAsync(session, cancellationToken);
                continue;
            }

            throw status is { } code
                ? error.Code is not null && ShopeeErrors.KindOf(error.Code) is var kind && kind != MarketplaceFailureKind.Rejected
                    ? _failures.FromError(kind, session.BaseUrl.Host, error)
                    : _failures.FromStatus(session.BaseUrl.Host, code, error)
                : _failures.FromError(ShopeeErrors.KindOf(error.Code), session.BaseUrl.Host, error);
        }
    }

    /// <summary>Sends one call; returns the parsed body and, for a non-2xx answer, its status.</summary>
    private Task<(TBody? Body, System.Net.HttpStatusCode? FailedStatus)> SendAsync<TBody>(
        ShopeeSession session, Func<Task<IApiResponse<TBody>>> call, CancellationToken cancellationToken)
        where TBody : class =>
        SendAsync(session.BaseUrl.Host, call, cancellationToken);

    private async Task<(TBody? Body, System.Net.HttpStatusCode? FailedStatus)> SendAsync<TBody>(
        string host, Func<Task<IApiResponse<TBody>>> call, CancellationToken cancellationToken)
        where TBody : class
    {
        IApiResponse<TBody> response;
        try
        {
            response = await call();
        }
        catch (Exception e) when (MarketplaceFailures.IsTransport(e))
        {
            throw _failures.FromException(host, e);
        }

        using (response)
        {
            if (response.Error is ApiRequestException { InnerException: { } cause })
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (MarketplaceFailures.IsTransport(cause) || cause is MarketplaceException)
                {
                    throw _failures.FromException(host, cause);
                }

                ExceptionDispatchInfo.Throw(cause);
            }

            if (!response.IsSuccessStatusCode)
            {
                var status = response.StatusCode ?? default;
                if (response.Headers?.Location is { } location)
                {
                    throw _failures.FromStatus(host, status, null, location);
                }

                return (ParseError<TBody>((response.Error as ApiException)?.Content), status);
            }

            return response.Content is null
                ? throw _failures.Malformed(host, $"the body is not a Shopee answer ({(response.Error?.InnerException as JsonException)?.Message ?? "no content"}).", response.Error)
                : (response.Content, null);
        }
    }

    private static TBody? ParseError<TBody>(string? content)
        where TBody : class
    {
        if (string.IsNullOrEmpty(content))
        {
            return null;
        }

        try
        {
            return ShopeeJsonContext.Default.GetTypeInfo(typeof(TBody)) is { } shape ? JsonSerializer.Deserialize(content, shape) as TBody : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
