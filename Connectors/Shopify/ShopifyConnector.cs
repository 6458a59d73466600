using System.Net;
using System.Text.Json;
using AutoMapper;
using CrossBorderHub.Connectors.Shopify.Http;
using CrossBorderHub.Connectors.Shopify.Wire;
using CrossBorderHub.Mapping.Canonical;
using CrossBorderHub.Mapping.Ports;
using CrossBorderHub.Mapping.Rules;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.Timeout;
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

    public ShopifyConnector(IShopifyAdminApi api, ShopifyMapper mapper, IOptions<ShopifyOptions> options, ILogger<ShopifyConnector> logger)
    {
        _api = api;
        _mapper = mapper.Mapper;
        _options = options.Value;
        _logger = logger;
    }

    public string Marketplace => ShopifyConstants.Marketplace;

    public MarketplaceCapabilities Capabilities =>
        MarketplaceCapabilities.PullOrders | MarketplaceCapabilities.PullCatalog | MarketplaceCapabilities.PullInventory
        | MarketplaceCapabilities.PushShipment | MarketplaceCapabilities.PushInventory;

    public IReadOnlyList<StoreAccountError> Validate(StoreAccount account) => ShopifyStoreAccount.Validate(account);

    private static string? UpdatedAtFilter(DateTimeOffset? since) =>
        since is { } value
            ? $"{ShopifyConstants.UpdatedAtFilterField}:>='{value.ToUniversalTime():yyyy-MM-ddTHH:mm:ssZ}'"
            : null;

    private static DateTimeOffset? Max(DateTimeOffset? current, JsonElement node) =>
        node.ValueKind == JsonValueKind.Object
        && node.TryGetProperty("updatedAt", out var value)
        && value.ValueKind == JsonValueKind.String
        && value.TryGetDateTimeOffset(out var updatedAt)
        && (current is null || updatedAt > current)
            ? updatedAt.ToUniversalTime()
            : current;

    private static string? IdOf(JsonElement node) =>
        node.ValueKind == JsonValueKind.Object && node.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
            ? id.GetString()
            : null;

    private static string ReasonOf(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is MappingException or JsonException)
            {
                return e.Message;
            }
        }

        return exception.Message;
    }

    private static bool IsRecordFault(Exception exception) =>
        exception is MappingException or JsonException or AutoMapperMappingException or InvalidOperationException or FormatException;

    private static async Task<TData> SendAsync<TData>(
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
        catch (Exception e) when (e is HttpRequestException or TimeoutRejectedException or BrokenCircuitException)
        {
            throw new ShopifyUnavailableException($"Shopify at {store.BaseUrl.Host} could not be reached after retries: {e.Message}", e);
        }

        using (response)
        {
            var status = response.StatusCode ?? default;
            if (status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
            {
                throw new ShopifyAuthenticationException(
                    status,
                    $"Shopify at {store.BaseUrl.Host} refused the access token (HTTP {(int)status}): {(response.Error as ApiException)?.Content}");
            }

            if (!response.IsSuccessStatusCode || response.Content is null)
            {
                throw new ShopifyUnavailableException(
                    status,
                    $"Shopify at {store.BaseUrl.Host} answered HTTP {(int)status} after retries: {response.Error?.Message}");
            }

            if (response.Content.Errors is { Count: > 0 } errors)
            {
                var first = errors[0];
                throw new ShopifyGraphQLException(first.Extensions?.Code, string.Join(" | ", errors.Select(e => e.Message)));
            }

            return response.Content.Data
                ?? throw new ShopifyGraphQLException(null, $"Shopify at {store.BaseUrl.Host} answered without data or errors.");
        }
    }

    private void Quarantine(List<QuarantinedRecord> quarantined, string entity, string? id, JsonElement node, string reason)
    {
        ShopifyLog.RecordQuarantined(_logger, entity, id, reason);
        quarantined.Add(new QuarantinedRecord(id, node.GetRawText(), reason));
    }

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
