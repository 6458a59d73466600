using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text.Json;
using CrossBorderHub.Connectors.SandboxKit;
using CrossBorderHub.Connectors.SandboxKit.Consent;
using CrossBorderHub.Connectors.Shopee.Wire;
using WireMock;

namespace CrossBorderHub.Connectors.Shopee.Sandbox;

/// <summary>
/// A Shopee shop simulated on the sandbox kit: the v2 paths with the common parameters and sign checked on every
/// request (a wrong sign gets error_sign), access tokens and single-use refresh tokens, get_order_list with the 15-day
/// update_time window and cursor paging, get_order_detail in batches, the logistics push, items with models and stock
/// (get_item_list, get_item_base_info, get_model_list, update_stock with per-model failures), the consent page behind the
/// authorization link with single-use codes and their exchange, get_shop_info, signed pushes to a URL, and deterministic faults.
/// Use <see cref="Url"/> as StoreAccount.BaseUrl.
/// </summary>
public sealed partial class ShopeeSandbox : IDisposable
{
    private const string ThrottledBody = "{\"error\":\"error_too_many_request\",\"message\":\"Too many requests, please try again later.\",\"request_id\":\"sandbox\"}";
    private const string ServerErrorBody = "{\"error\":\"error_server\",\"message\":\"Something wrong. Please try later.\",\"request_id\":\"sandbox\"}";

    private readonly SandboxHost _host;
    private readonly ShopeeSandboxOptions _options;
    private readonly SandboxBucket _bucket;
    private readonly ConcurrentQueue<ShopeeSandboxRequest> _log = new();
    private readonly Lock _tokenGate = new();
    private readonly SandboxConsentCodes<ShopeeSandboxConsentGrant> _codes;
    private string _accessToken;
    private string _refreshToken;
    private int _requests;
    private int _refreshes;
    private int _stockCalls;
    private int _exchanges;

    private ShopeeSandbox(ShopeeSandboxOptions options)
    {
        _options = options;
        _accessToken = options.AccessToken;
        _refreshToken = options.RefreshToken;
        Data = new ShopeeSandboxData(options);
        Catalog = new ShopeeSandboxCatalog(options);
        _bucket = new SandboxBucket(options.RateLimit, options.TimeProvider);
        _codes = new SandboxConsentCodes<ShopeeSandboxConsentGrant>(options.TimeProvider, CodeValidity);
        _host = SandboxHost.Start()
            .Map(HttpMethod.Post.Method, ShopeeConstants.Paths.RefreshAccessToken, request => HandleAsync(request, shopApi: false, RefreshToken))
            .Map(HttpMethod.Get.Method, ShopeeConstants.Paths.OrderList, request => HandleAsync(request, shopApi: true, OrderList))
            .Map(HttpMethod.Get.Method, ShopeeConstants.Paths.OrderDetail, request => HandleAsync(request, shopApi: true, OrderDetail))
            .Map(HttpMethod.Get.Method, ShopeeConstants.Paths.ShippingParameter, request => HandleAsync(request, shopApi: true, ShippingParameter))
            .Map(HttpMethod.Post.Method, ShopeeConstants.Paths.ShipOrder, request => HandleAsync(request, shopApi: true, ShipOrder))
            .Map(HttpMethod.Get.Method, ShopeeConstants.Paths.TrackingNumber, request => HandleAsync(request, shopApi: true, TrackingNumber))
            .Map(HttpMethod.Get.Method, ShopeeConstants.Paths.ItemList, request => HandleAsync(request, shopApi: true, ItemList))
            .Map(HttpMethod.Get.Method, ShopeeConstants.Paths.ItemBaseInfo, request => HandleAsync(request, shopApi: true, ItemBaseInfo))
            .Map(HttpMethod.Get.Method, ShopeeConstants.Paths.ModelList, request => HandleAsync(request, shopApi: true, ModelList))
            .Map(HttpMethod.Post.Method, ShopeeConstants.Paths.UpdateStock, request => HandleAsync(request, shopApi: true, UpdateStock))
            .Map(HttpMethod.Post.Method, ShopeeConstants.Paths.GetAccessToken, request => HandleAsync(request, shopApi: false, GetAccessToken))
            .Map(HttpMethod.Get.Method, ShopeeConstants.Paths.ShopInfo, request => HandleAsync(request, shopApi: true, ShopInfo))
            .Map(HttpMethod.Get.Method, ShopeeConstants.Paths.AuthPartner, AuthPartnerAsync)
            .Map(HttpMethod.Post.Method, ShopeeConstants.Paths.AuthPartner, AuthPartnerAsync);
    }

    public Uri Url => _host.Url;

    public ShopeeSandboxOptions Options => _options;

    public ShopeeSandboxData Data { get; }

    /// <summary>The shop's items and the stock update_stock set.</summary>
    public ShopeeSandboxCatalog Catalog { get; }

    /// <summary>The refusal switch: once refused, every token (access and refresh) gets error_auth, as for a shop that cancelled the authorization.</summary>
    public SandboxAuthorization Authorization { get; } = new(string.Empty);

    /// <summary>Switch the shop down (every request from a number on fails) and back up.</summary>
    public SandboxOutage Outage { get; } = new();

    /// <summary>Requests that passed the sign and token checks (the numbering fault plans use).</summary>
    public int RequestCount => Volatile.Read(ref _requests);

    /// <summary>How many authorization codes were exchanged for tokens.</summary>
    public int ExchangeCount => Volatile.Read(ref _exchanges);

    /// <summary>How many refreshes the shop accepted.</summary>
    public int RefreshCount => Volatile.Read(ref _refreshes);

    public IReadOnlyList<ShopeeSandboxRequest> Requests => [.. _log];

    /// <summary>The tokens the shop accepts now.</summary>
    public (string AccessToken, string RefreshToken) Tokens
    {
        get
        {
            lock (_tokenGate)
            {
                return (_accessToken, _refreshToken);
            }
        }
    }

    public static ShopeeSandbox Start(ShopeeSandboxOptions options) => new(options);

    /// <summary>The access token expires (as after its 4 hours): calls get error_auth until the client refreshes.</summary>
    public void ExpireAccessToken()
    {
        lock (_tokenGate)
        {
            _accessToken = Guid.NewGuid().ToString("N");
        }
    }

    /// <summary>
    /// The seller cancels the app's authorization: the access and refresh tokens issued so far get error_auth from now on,
    /// while tokens a later authorization code is exchanged for are accepted.
    /// </summary>
    public void RevokeTokens()
    {
        lock (_tokenGate)
        {
            _accessToken = $"revoked-{Guid.NewGuid():N}";
            _refreshToken = $"revoked-{Guid.NewGuid():N}";
        }
    }

    public void Dispose() => _host.Dispose();

    private async Task<IResponseMessage> HandleAsync(IRequestMessage request, bool shopApi, Func<IRequestMessage, IReadOnlyDictionary<string, string>, (int Status, byte[] Body)> answer)
    {
        var path = request.Path;
        var query = ParseQuery(request.Url);
        if (Refusal(path, query, shopApi) is { } refusal)
        {
            Log(0, path, refusal.Status, refusal.Error, SandboxFault.None);
            return SandboxResponses.Bytes(refusal.Status, Error(refusal.Error, refusal.Message));
        }

        var number = Interlocked.Increment(ref _requests);
        var fault = Outage.For(number) is var down and not SandboxFault.None ? down : _options.Faults.For(number, _options.Seed);
        if (SandboxFaultAnswers.Replacement(fault, _options.Faults, ThrottledBody, ServerErrorBody) is { } replaced)
        {
            Log(number, path, SandboxFaultAnswers.StatusOf(fault), null, fault);
            return replaced;
        }

        if (_bucket.Enabled && !_bucket.TryTake(1).Taken)
        {
            Log(number, path, 429, "error_too_many_request", fault);
            return SandboxResponses.Throttled(_bucket.WaitFor(1), ThrottledBody);
        }

        // The call takes effect before a held-back or cut answer goes out, as a real one does.
        var (status, body) = answer(request, query);
        Log(number, path, status, null, fault);
        await SandboxFaultAnswers.DelayAsync(fault, _options.Faults);
        return SandboxResponses.Bytes(status, SandboxFaultAnswers.Cut(fault, body));
    }

    /// <summary>What Shopee answers a request whose common parameters, sign or token do not hold, or null when they do.</summary>
    private (int Status, string Error, string Message)? Refusal(string path, Dictionary<string, string> query, bool shopApi)
    {
        if (!query.TryGetValue(ShopeeConstants.Query.PartnerId, out var partner) || !long.TryParse(partner, CultureInfo.InvariantCulture, out var partnerId))
        {
            return (400, "error_param", "There is no partner_id in query.");
        }

        if (!query.TryGetValue(ShopeeConstants.Query.Timestamp, out var time) || !long.TryParse(time, CultureInfo.InvariantCulture, out var timestamp))
        {
            return (400, "error_param", "Invalid timestamp.");
        }

        query.TryGetValue(ShopeeConstants.Query.AccessToken, out var token);
        long? shopId = null;
        if (shopApi)
        {
            if (string.IsNullOrEmpty(token))
            {
                return (400, "error_param", "There is no access_token in query.");
            }

            if (!query.TryGetValue(ShopeeConstants.Query.ShopId, out var shop) || !long.TryParse(shop, CultureInfo.InvariantCulture, out var id))
            {
                return (400, "error_param", "There is no shop_id in query.");
            }

            shopId = id;
        }

        var expected = ShopeeSigner.Sign(_options.PartnerKey, partnerId, path, timestamp, shopApi ? token : null, shopId);
        if (partnerId != _options.PartnerId || !ShopeeSigner.Matches(expected, query.GetValueOrDefault(ShopeeConstants.Query.Sign)))
        {
            return (403, "error_sign", "Wrong sign.");
        }

        if (shopApi && (Authorization.IsRefusing || shopId != _options.ShopId || token != Tokens.AccessToken))
        {
            return (403, "error_auth", "Invalid access_token.");
        }

        return null;
    }

    private (int, byte[]) RefreshToken(IRequestMessage request, IReadOnlyDictionary<string, string> query)
    {
        ShopeeRefreshTokenRequest? body;
        try
        {
            body = JsonSerializer.Deserialize(request.Body ?? "", ShopeeJsonContext.Default.ShopeeRefreshTokenRequest);
        }
        catch (JsonException)
        {
            body = null;
        }

        if (body is null || body.PartnerId != _options.PartnerId || body.ShopId != _options.ShopId)
        {
            return (400, Error("error_param", "Wrong parameters, detail: partner_id, shop_id and refresh_token are required."));
        }

        string access;
        string refresh;
        lock (_tokenGate)
        {
            if (Authorization.IsRefusing || body.RefreshToken != _refreshToken)
            {
                return (403, Error("error_auth", "Invalid refresh_token."));
            }

            // Single-use: the old refresh token is spent with this answer.
            _accessToken = access = $"access-{Guid.NewGuid():N}";
            _refreshToken = refresh = $"refresh-{Guid.NewGuid():N}";
        }

        Interlocked.Increment(ref _refreshes);
        return (200, JsonSerializer.SerializeToUtf8Bytes(
            new ShopeeTokenResponse
            {
                Error = "",
                Message = "",
                RequestId = RequestId(),
                AccessToken = access,
                RefreshToken = refresh,
                ExpireIn = 14_400,
                PartnerId = _options.PartnerId,
                ShopId = _options.ShopId,
            },
            ShopeeJsonContext.Default.ShopeeTokenResponse));
    }

    private void Log(int number, string path, int status, string? error, SandboxFault fault)
    {
        if (_options.LogRequests)
        {
            _log.Enqueue(new ShopeeSandboxRequest(number, path, status, error, fault));
        }
    }

    internal static byte[] Error(string error, string message) =>
        JsonSerializer.SerializeToUtf8Bytes(new ShopeeEnvelope<ShopeeNoResponse> { Error = error, Message = message, RequestId = RequestId() }, ShopeeJsonContext.Default.ShopeeEnvelopeShopeeNoResponse);

    private static string RequestId() => Guid.NewGuid().ToString("N");

    private static Dictionary<string, string> ParseQuery(string url)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var start = url.IndexOf('?', StringComparison.Ordinal);
        if (start < 0)
        {
            return result;
        }

        foreach (var pair in url[(start + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split('=', 2);
            result[Uri.UnescapeDataString(parts[0])] = parts.Length > 1 ? Uri.UnescapeDataString(parts[1].Replace('+', ' ')) : "";
        }

        return result;
    }
}
