using System.Net;
using System.Runtime.ExceptionServices;
using System.Text.Json;
using AutoMapper;
using CrossBorderHub.Connectors.Ebay.Http;
using CrossBorderHub.Connectors.Ebay.Wire;
using CrossBorderHub.Connectors.Kit.Failures;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Refit;

namespace CrossBorderHub.Connectors.Ebay;

/// <summary>
/// eBay through the Sell Fulfillment and Inventory APIs: orders pulled window by window of lastmodifieddate, page by
/// page, each mapped on its own (one that cannot be mapped is quarantined with its raw JSON); catalog and stock swept
/// from the inventory items; shipments confirmed with createShippingFulfillment; stock set with bulkUpdatePriceQuantity.
/// </summary>
internal sealed partial class EbayConnector(
    IEbayFulfillmentApi api,
    IEbayInventoryApi inventory,
    EbayCallLedger ledger,
    EbayRateLimitReader rateLimits,
    EbayMapper mapper,
    IOptions<EbayOptions> options,
    ILogger<EbayConnector> logger,
    TimeProvider time) : IMarketplaceConnector, ICallBudgetReporter
{
    private readonly IMapper _mapper = mapper.Mapper;
    private readonly EbayOptions _options = options.Value;
    private readonly MarketplaceFailures _failures = new(EbayConstants.Marketplace, EbayConstants.DisplayName);

    public string Marketplace => EbayConstants.Marketplace;

    public MarketplaceCapabilities Capabilities =>
        MarketplaceCapabilities.PullOrders | MarketplaceCapabilities.PullCatalog | MarketplaceCapabilities.PullInventory
        | MarketplaceCapabilities.PushShipment | MarketplaceCapabilities.PushInventory;

    public IStoreAccountDefinition Account => EbayStoreAccount.Definition;

    /// <summary>
    /// The application's daily quotas per API (shared by every store on the same App ID): eBay's own figures from
    /// getRateLimits when they can be read (then less the calls sent since), else this hub's count against the
    /// configured limits, saying why.
    /// </summary>
    public async Task<IReadOnlyList<CallBudget>> CallBudgetsAsync(StoreAccount account, CancellationToken cancellationToken)
    {
        var store = EbayStoreAccount.Context(account);
        var unread = await rateLimits.RefreshAsync(store, cancellationToken);
        var budgets = ledger.Budgets(store.ApplicationKey);
        return unread is null
            ? budgets
            : [.. budgets.Select(b => b.Source == CallBudget.Estimated ? b with { Note = $"{b.Note} {unread}" } : b)];
    }

    /// <summary>
    /// Sends one call and returns its answer, or throws a <see cref="MarketplaceException"/> of the kind it calls
    /// for; the message keeps eBay's errorId and message, never the body itself. <paramref name="alsoAccepted"/> is an
    /// error status the caller reads itself (a 404 that means "none").
    /// </summary>
    private async Task<TResponse> SendAsync<TResponse>(
        Func<Task<TResponse>> call, EbayRequestContext store, CancellationToken cancellationToken, HttpStatusCode? alsoAccepted = null)
        where TResponse : IApiResponse
    {
        var host = store.ApiBase.Host;
        TResponse response;
        try
        {
            response = await call();
        }
        catch (Exception e) when (MarketplaceFailures.IsTransport(e))
        {
            throw _failures.FromException(host, e);
        }

        if (response.Error is ApiRequestException { InnerException: { } cause })
        {
            response.Dispose();

            // The call never got an answer (transport failure, timeout, open circuit, refused token refresh).
            cancellationToken.ThrowIfCancellationRequested();
            if (MarketplaceFailures.IsTransport(cause) || cause is MarketplaceException)
            {
                throw _failures.FromException(host, cause);
            }

            ExceptionDispatchInfo.Throw(cause);
        }

        if (!response.IsSuccessStatusCode && response.StatusCode != alsoAccepted)
        {
            using (response)
            {
                throw _failures.FromStatus(host, response.StatusCode ?? default, EbayErrorEnvelope.Parse((response.Error as ApiException)?.Content), response.Headers?.Location);
            }
        }

        return response;
    }

    private static string ReasonOf(Exception? error) =>
        error?.InnerException is JsonException json ? json.Message : "no content";
}
