using System.Runtime.CompilerServices;
using System.Text.Json;
using AutoMapper;
using CrossBorderHub.Connectors.Kit.Cursors;
using CrossBorderHub.Connectors.Kit.Failures;
using CrossBorderHub.Connectors.Kit.Pulling;
using CrossBorderHub.Connectors.TikTokShop.Http;
using CrossBorderHub.Connectors.TikTokShop.Mapping;
using CrossBorderHub.Connectors.TikTokShop.Wire;
using CrossBorderHub.Mapping.Canonical;
using CrossBorderHub.Mapping.Ports;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Refit;

namespace CrossBorderHub.Connectors.TikTokShop;

/// <summary>
/// TikTok Shop through the 202309 Open API: orders searched by update time in ascending order from a watermark
/// checkpoint, each mapped on its own (a bad one is quarantined with its raw JSON), every call signed, the access token
/// refreshed before it expires or once when refused.
/// </summary>
internal sealed partial class TikTokShopConnector(
    ITikTokShopApi api,
    TikTokShopTokens tokens,
    TikTokShopCiphers ciphers,
    TikTokShopMapper mapper, IOptions<TikTokShopOptions> options, ILogger<TikTokShopConnector> logger)
    : IMarketplaceConnector
{
    private const string OrderEntity = "order";

    private readonly IMapper _mapper = mapper.Mapper;
    private readonly TikTokShopOptions _options = options.Value;
    private readonly TikTokShopErrors _errors = new();

    public string Marketplace => TikTokShopConstants.Marketplace;

    public MarketplaceCapabilities Capabilities =>
        MarketplaceCapabilities.PullOrders | MarketplaceCapabilities.PullCatalog | MarketplaceCapabilities.PullInventory
        | MarketplaceCapabilities.PushShipment | MarketplaceCapabilities.PushInventory;

    public IStoreAccountDefinition Account => TikTokShopStoreAccount.Definition;

    public async IAsyncEnumerable<SourcePage<CanonicalOrder>> PullOrdersAsync(
        StoreAccount account, string? checkpoint, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var session = TikTokShopSession.Open(account);
        var cursor = new WatermarkCursor(checkpoint, _options.CheckpointOverlap);
        var pull = new RecordPull<JsonElement, TikTokShopSession, CanonicalOrder>(
            Marketplace, OrderEntity, (query, ct) => FetchOrdersAsync(session, query, ct), MapOrderAsync, IdOf, UpdatedAtOf, record => record.GetRawText())
        {
            Meter = session.Meter,
        };
        await foreach (var page in PullLoop.PullAsync(pull, cursor, logger, cancellationToken))
        {
            yield return page;
        }
    }

    private async Task<FetchedPage<JsonElement, TikTokShopSession>> FetchOrdersAsync(TikTokShopSession session, PageQuery query, CancellationToken cancellationToken)
    {
        var filter = new TikTokOrderSearchRequest(
            query.UpdatedFrom?.ToUnixTimeSeconds(),
            query.UpdatedTo?.ToUnixTimeSeconds());
        var data = await CallAsync(
            session,
            (store, ct) => api.SearchOrdersAsync(
                _options.OrdersPageSize, query.PageToken, TikTokShopConstants.UpdateTimeSortField, TikTokShopConstants.AscendingSortOrder, filter, store, ct),
            cancellationToken);
        var orders = data.Orders ?? throw _errors.Malformed(session.BaseUrl.Host, "the orders search answer has no orders list.");
        var next = string.IsNullOrEmpty(data.NextPageToken) ? null : data.NextPageToken;
        return new FetchedPage<JsonElement, TikTokShopSession>(orders, session, next, next is not null);
    }

    private ValueTask MapOrderAsync(JsonElement record, TikTokShopSession session, List<CanonicalOrder> items, List<MappingIssue> issues, CancellationToken cancellationToken)
    {
        var order = record.Deserialize(TikTokShopJsonContext.Default.TikTokOrder)
            ?? throw new CrossBorderHub.Mapping.Rules.MappingException("The order is null.");
        items.Add(_mapper.Map<CanonicalOrder>(order, o => o.Items[TikTokShopProfile.IssuesKey] = issues));
        return ValueTask.CompletedTask;
    }

    private static string? IdOf(JsonElement record) => IdOf(record, "id");

    private static string? IdOf(JsonElement record, string field) =>
        record.ValueKind == JsonValueKind.Object && record.TryGetProperty(field, out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;

    private static DateTimeOffset? UpdatedAtOf(JsonElement record) =>
        record.ValueKind == JsonValueKind.Object && record.TryGetProperty("update_time", out var time) && time.TryGetInt64(out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;

    /// <summary>A shop-scoped call (see the other overload), after the shop cipher is known.</summary>
    private Task<TData> CallAsync<TData>(
        TikTokShopSession session,
        Func<TikTokShopRequestContext, CancellationToken, Task<IApiResponse<TikTokEnvelope<TData>>>> call,
        CancellationToken cancellationToken)
        where TData : class =>
        CallAsync(session, shopScoped: true, call, cancellationToken);

    /// <summary>
    /// One signed call with a fresh token. A refused token is refreshed once and the call repeated; refused again, the
    /// store needs re-authorization. An app-level call (<paramref name="shopScoped"/> false) carries no shop cipher.
    /// </summary>
    private async Task<TData> CallAsync<TData>(
        TikTokShopSession session,
        bool shopScoped,
        Func<TikTokShopRequestContext, CancellationToken, Task<IApiResponse<TikTokEnvelope<TData>>>> call,
        CancellationToken cancellationToken)
        where TData : class
    {
        await tokens.EnsureFreshAsync(session, cancellationToken);
        if (shopScoped)
        {
            await EnsureShopCipherAsync(session, cancellationToken);
        }

        try
        {
            return await SendAsync(session, shopScoped, call, cancellationToken);
        }
        catch (MarketplaceException e) when (e.Kind == MarketplaceFailureKind.AuthorizationRefused)
        {
            TikTokShopLog.TokenRefused(logger, session.Account.Id, e.Code);
            await tokens.RefreshAsync(session, cancellationToken);
            return await SendAsync(session, shopScoped, call, cancellationToken);
        }
    }

    private async Task<TData> SendAsync<TData>(
        TikTokShopSession session,
        bool shopScoped,
        Func<TikTokShopRequestContext, CancellationToken, Task<IApiResponse<TikTokEnvelope<TData>>>> call,
        CancellationToken cancellationToken)
        where TData : class =>
        await ReadAsync(session.BaseUrl, shopScoped ? session.Context() : session.AppContext(), call, cancellationToken);

    /// <summary>One signed call as it is: its envelope's data, or the failure it answers (<paramref name="action"/> names the call in it).</summary>
    private async Task<TData> ReadAsync<TData>(
        Uri baseUrl,
        TikTokShopRequestContext context,
        Func<TikTokShopRequestContext, CancellationToken, Task<IApiResponse<TikTokEnvelope<TData>>>> call,
        CancellationToken cancellationToken,
        string? action = null)
        where TData : class
    {
        var host = baseUrl.Host;
        IApiResponse<TikTokEnvelope<TData>> response;
        try
        {
            response = await call(context, cancellationToken);
        }
        catch (Exception e) when (MarketplaceFailures.IsTransport(e))
        {
            throw _errors.FromException(host, e);
        }

        using (response)
        {
            return _errors.DataOf(host, response, cancellationToken, action);
        }
    }
}
