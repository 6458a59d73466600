using System.Runtime.ExceptionServices;
using System.Text.Json;
using AutoMapper;
using CrossBorderHub.Connectors.Kit.Failures;
using CrossBorderHub.Connectors.Shopify.Http;
using CrossBorderHub.Connectors.Shopify.Wire;
using CrossBorderHub.Mapping.Ports;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Refit;

namespace CrossBorderHub.Connectors.Shopify;

/// <summary>
/// Shopify through the Admin GraphQL API: orders, catalog and inventory pulled page by page from a checkpoint
/// (the newest updatedAt seen, re-read with a small overlap). Each record is mapped on its own; one that cannot
/// be mapped is quarantined with its raw JSON while the rest of its page lands.
/// </summary>
internal sealed partial class ShopifyConnector : IMarketplaceConnector
{
    private readonly IShopifyAdminApi _api;
    private readonly IMapper _mapper;
    private readonly ShopifyOptions _options;
    private readonly ILogger<ShopifyConnector> _logger;
    private readonly TimeProvider _time;
    private readonly Bulk.ShopifyBulkDownloads _bulkDownloads;
    private readonly MarketplaceFailures _failures = new(ShopifyConstants.Marketplace, ShopifyConstants.DisplayName);

    public ShopifyConnector(
        IShopifyAdminApi api, ShopifyMapper mapper, IOptions<ShopifyOptions> options, ILogger<ShopifyConnector> logger, TimeProvider time, Bulk.ShopifyBulkDownloads bulkDownloads)
    {
        _time = time;
        _bulkDownloads = bulkDownloads;
        _api = api;
        _mapper = mapper.Mapper;
        _options = options.Value;
        _logger = logger;
    }

    public string Marketplace => ShopifyConstants.Marketplace;

    public MarketplaceCapabilities Capabilities =>
        MarketplaceCapabilities.PullOrders | MarketplaceCapabilities.PullCatalog | MarketplaceCapabilities.PullInventory
        | MarketplaceCapabilities.PushShipment | MarketplaceCapabilities.PushInventory;

    public IStoreAccountDefinition Account => ShopifyStoreAccount.Definition;

    private static string? UpdatedAtFilter(DateTimeOffset? since) =>
        since is { } value
            ? $"{ShopifyConstants.UpdatedAtFilterField}:>='{value.ToUniversalTime():yyyy-MM-ddTHH:mm:ssZ}'"
            : null;

    private static DateTimeOffset? UpdatedAtOf(JsonElement node) =>
        node.ValueKind == JsonValueKind.Object
        && node.TryGetProperty("updatedAt", out var value)
        && value.ValueKind == JsonValueKind.String
        && value.TryGetDateTimeOffset(out var updatedAt)
            ? updatedAt
            : null;

    private static string? IdOf(JsonElement node) =>
        node.ValueKind == JsonValueKind.Object && node.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
            ? id.GetString()
            : null;

    /// <summary>
    /// Sends one query and returns its data, or throws a <see cref="MarketplaceException"/> of the kind the answer
    /// calls for. The message keeps Shopify's error code and message, never the body itself.
    /// </summary>
    private async Task<TData> SendAsync<TData>(
        Func<ShopifyGraphQLRequest, ShopifyRequestContext, CancellationToken, Task<IApiResponse<ShopifyGraphQLResponse<TData>>>> call,
        ShopifyGraphQLRequest request,
        ShopifyRequestContext store,
        CancellationToken cancellationToken)
        where TData : class
    {
        var host = store.BaseUrl.Host;
        IApiResponse<ShopifyGraphQLResponse<TData>> response;
        try
        {
            response = await call(request, store, cancellationToken);
        }
        catch (Exception e) when (MarketplaceFailures.IsTransport(e))
        {
            throw _failures.FromException(host, e);
        }

        using (response)
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
                var status = response.StatusCode ?? default;
                throw _failures.FromStatus(host, status, ShopifyErrorEnvelope.Parse((response.Error as ApiException)?.Content), response.Headers?.Location);
            }

            if (response.Content is null)
            {
                throw _failures.Malformed(host, $"the body is not a GraphQL response ({ReasonOf(response.Error)}).", response.Error);
            }

            if (response.Content.Errors is { Count: > 0 } errors)
            {
                var error = ShopifyErrorEnvelope.FromList(errors);

                // ACCESS_DENIED: the token lacks a scope the query needs; only re-authorizing the app grants it.
                var kind = error.Code == ShopifyConstants.ErrorCodes.AccessDenied ? MarketplaceFailureKind.AuthorizationRefused : MarketplaceFailureKind.Rejected;
                throw _failures.FromError(kind, host, error);
            }

            return response.Content.Data
                ?? throw _failures.Malformed(host, "the answer has neither data nor errors.");
        }
    }

    private static string ReasonOf(Exception? error) =>
        error?.InnerException is JsonException json ? json.Message : "no content";

    private T Map<T>(object source, List<MappingIssue> issues, string? currency = null) =>
        _mapper.Map<T>(source, o =>
        {
            o.Items[Mapping.MappingContextKeys.Issues] = issues;
            if (currency is not null)
            {
                o.Items[Mapping.MappingContextKeys.Currency] = currency;
            }
        });
}
