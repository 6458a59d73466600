using System.Runtime.ExceptionServices;
using System.Text.Json;
using AutoMapper;
using CrossBorderHub.Connectors.Amazon.Http;
using CrossBorderHub.Connectors.Amazon.Mapping;
using CrossBorderHub.Connectors.Amazon.Wire;
using CrossBorderHub.Connectors.Kit.Failures;
using CrossBorderHub.Mapping.Canonical;
using CrossBorderHub.Mapping.Ports;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Refit;

namespace CrossBorderHub.Connectors.Amazon;

/// <summary>
/// Amazon through the Selling Partner API: orders pulled page by page from a checkpoint (the newest lastUpdatedTime
/// seen, re-read with a small overlap), by Orders API 2026-01-01 searchOrders or, per store, v0 getOrders with
/// getOrderItems. Each order is mapped on its own; one that cannot be mapped is quarantined with its raw JSON.
/// The catalog comes from the seller's listings (Listings Items 2021-08-01), inventory from the listings' own stock and
/// FBA inventory summaries, and stock is set on merchant-fulfilled listings with patchListingsItem.
/// </summary>
internal sealed partial class AmazonConnector(
    IAmazonOrdersApi api,
    IAmazonListingsApi listings,
    IAmazonReportsApi reports,
    Auth.RestrictedDataTokens restrictedData,
    IHttpClientFactory httpClients,
    AmazonMapper mapper, IOptions<AmazonOptions> options, ILogger<AmazonConnector> logger, TimeProvider time) : IMarketplaceConnector
{
    private readonly IMapper _mapper = mapper.Mapper;
    private readonly AmazonOptions _options = options.Value;
    private readonly MarketplaceFailures _failures = new(AmazonConstants.Marketplace, AmazonConstants.DisplayName);

    public string Marketplace => AmazonConstants.Marketplace;

    public MarketplaceCapabilities Capabilities =>
        MarketplaceCapabilities.PullOrders | MarketplaceCapabilities.PullCatalog | MarketplaceCapabilities.PullInventory
        | MarketplaceCapabilities.PushShipment | MarketplaceCapabilities.PushInventory;

    public IStoreAccountDefinition Account => AmazonStoreAccount.Definition;

    /// <summary>
    /// Sends one call and returns its body, or throws a <see cref="MarketplaceException"/> of the kind the answer calls
    /// for, keeping Amazon's error code and message, never the body itself.
    /// </summary>
    private async Task<T> SendAsync<T>(Func<Task<IApiResponse<T>>> call, AmazonRequestContext store, CancellationToken cancellationToken)
        where T : class
    {
        var host = store.BaseUrl.Host;
        IApiResponse<T> response;
        try
        {
            response = await call();
        }
        catch (Exception e) when (MarketplaceFailures.IsTransport(e) || e is MarketplaceException)
        {
            throw _failures.FromException(host, e);
        }

        using (response)
        {
            if (response.Error is ApiRequestException { InnerException: { } cause })
            {
                // The call never got an answer (transport failure, timeout, open circuit, refused token): Refit keeps the cause here.
                cancellationToken.ThrowIfCancellationRequested();
                if (MarketplaceFailures.IsTransport(cause) || cause is MarketplaceException)
                {
                    throw _failures.FromException(host, cause);
                }

                ExceptionDispatchInfo.Throw(cause);
            }

            if (!response.IsSuccessStatusCode)
            {
                throw _failures.FromStatus(host, response.StatusCode ?? default, AmazonErrorEnvelope.Parse((response.Error as ApiException)?.Content), response.Headers?.Location);
            }

            return response.Content
                ?? throw _failures.Malformed(host, $"the body is not the documented shape ({(response.Error?.InnerException as JsonException)?.Message ?? "no content"}).", response.Error);
        }
    }

    private CanonicalOrder MapOrder(object source, List<MappingIssue> issues) =>
        _mapper.Map<CanonicalOrder>(source, o => o.Items[AmazonMappingContext.Issues] = issues);

    private static string Timestamp(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
