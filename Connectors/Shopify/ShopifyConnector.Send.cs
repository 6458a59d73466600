using System.Net;
using System.Text.Json;
using CrossBorderHub.Connectors.Shopify.Http;
using CrossBorderHub.Connectors.Shopify.Wire;
using Polly.CircuitBreaker;
using Polly.Timeout;
using Refit;

namespace CrossBorderHub.Connectors.Shopify;

internal sealed partial class ShopifyConnector
{
    /// <summary>
    /// Sends one push query or mutation and turns every failure into a <see cref="MarketplaceException"/> of the kind the
    /// outbox acts on: unreachable, 5xx and timeouts Unavailable; 429 and THROTTLED Throttled; 401/403 and ACCESS_DENIED
    /// AuthorizationRefused; other GraphQL errors Rejected; an answer without data MalformedResponse.
    /// </summary>
    private static async Task<TData> SendPushAsync<TData>(
        Func<ShopifyGraphQLRequest, ShopifyRequestContext, CancellationToken, Task<IApiResponse<ShopifyGraphQLResponse<TData>>>> call,
        ShopifyGraphQLRequest request,
        ShopifyRequestContext store,
        CancellationToken cancellationToken)
        where TData : class
    {
        IApiResponse<ShopifyGraphQLResponse<TData>> response;
        try
        {
            response = await call(request, store, cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutRejectedException or BrokenCircuitException or JsonException
            || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            var kind = e is ShopifyMalformedResponseException or JsonException ? MarketplaceFailureKind.MalformedResponse : MarketplaceFailureKind.Unavailable;
            throw new MarketplaceException(kind, ShopifyConstants.Marketplace, null, $"Shopify at {store.BaseUrl.Host} gave no usable answer: {e.Message}", e);
        }

        using (response)
        {
            var status = response.StatusCode ?? default;
            if (status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
            {
                throw new MarketplaceException(
                    MarketplaceFailureKind.AuthorizationRefused, ShopifyConstants.Marketplace, ((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture), $"Shopify at {store.BaseUrl.Host} refused the access token (HTTP {(int)status}).");
            }

            if (!response.IsSuccessStatusCode || response.Content is null)
            {
                var kind = status == HttpStatusCode.TooManyRequests ? MarketplaceFailureKind.Throttled
                    : response.Error is ApiException { InnerException: JsonException } ? MarketplaceFailureKind.MalformedResponse
                    : MarketplaceFailureKind.Unavailable;
                throw new MarketplaceException(kind, ShopifyConstants.Marketplace, ((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture), $"Shopify at {store.BaseUrl.Host} answered HTTP {(int)status}.");
            }

            if (response.Content.Errors is { Count: > 0 } errors)
            {
                var code = errors[0].Extensions?.Code;
                var kind = code switch
                {
                    ShopifyConstants.ErrorCodes.Throttled => MarketplaceFailureKind.Throttled,
                    ShopifyConstants.ErrorCodes.AccessDenied => MarketplaceFailureKind.AuthorizationRefused,
                    _ => MarketplaceFailureKind.Rejected,
                };
                throw new MarketplaceException(kind, ShopifyConstants.Marketplace, code, string.Join(" | ", errors.Select(e => e.Message)));
            }

            return response.Content.Data
                ?? throw new MarketplaceException(MarketplaceFailureKind.MalformedResponse, ShopifyConstants.Marketplace, null, $"Shopify at {store.BaseUrl.Host} answered without data or errors.");
        }
    }

    /// <summary>userErrors as one bounded Rejected failure: each error's field path and Shopify's message.</summary>
    private static MarketplaceException Rejected(string mutation, IReadOnlyList<ShopifyUserError> errors) =>
        new(
            MarketplaceFailureKind.Rejected,
            ShopifyConstants.Marketplace,
            errors[0].Code,
            $"{mutation}: " + string.Join("; ", errors.Select(e => e.Field is { Count: > 0 } field ? $"{string.Join('.', field)}: {e.Message}" : e.Message)));
}
