using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using CrossBorderHub.Connectors.SandboxKit;
using CrossBorderHub.Connectors.SandboxKit.Consent;
using CrossBorderHub.Connectors.TikTokShop.Http;
using WireMock;

namespace CrossBorderHub.Connectors.TikTokShop.Sandbox;

/// <summary>
/// A TikTok Shop simulated on the sandbox kit: the 202309 order search and detail, the package ship call, products search
/// and detail, inventory search and update, the authorized shops, the seller's authorization page, the code exchange and
/// the token refresh, each API request checked for its app key, signature, shop cipher and access token; page tokens, a
/// rate limit and deterministic faults. Use <see cref="Url"/> as the store's baseUrl and authUrl and as the consent host.
/// </summary>
public sealed partial class TikTokShopSandbox : IDisposable
{
    /// <summary>Codes the sandbox answers with. Token errors start with 105 as TikTok's do; the others are the sandbox's own.</summary>
    public const long InvalidAccessTokenCode = 105002;
    public const long InvalidRefreshTokenCode = 105003;
    public const long InvalidAuthCodeCode = 105004;
    public const long InvalidSignatureCode = 106001;
    public const long InvalidShopCipherCode = 106011;
    public const long InvalidRequestCode = 36009003;
    public const long PackageCannotShipCode = 21011006;
    public const long ProductNotFoundCode = 12052048;
    public const long SkuNotFoundCode = 12052049;

    private const string ThrottledBody = "{\"code\":36009009,\"message\":\"Too many requests. Please try again later.\",\"request_id\":\"sandbox\",\"data\":null}";
    private const string ServerErrorBody = "{\"code\":36009004,\"message\":\"Internal error. Please try again later.\",\"request_id\":\"sandbox\",\"data\":null}";

    private readonly SandboxHost _host;
    private readonly TikTokShopSandboxOptions _options;
    private readonly SandboxBucket _bucket;
    private readonly TikTokShopSandboxTokens _tokens;
    private readonly ConcurrentQueue<TikTokShopSandboxRequest> _log = new();
    private int _requests;
    private int _refused;
    private int _throttled;

    private TikTokShopSandbox(TikTokShopSandboxOptions options, DateTimeOffset? accessExpiresAt)
    {
        _options = options;
        Data = new TikTokShopSandboxData(options);
        Catalog = new TikTokShopSandboxCatalog(options);
        Authorization = new SandboxAuthorization(options.AccessToken);
        _tokens = new TikTokShopSandboxTokens(options.AccessToken, options.RefreshToken, accessExpiresAt);
        _codes = new SandboxConsentCodes<TikTokShopSandboxCodeGrant>(options.TimeProvider, options.AuthorizationCodeLifetime);
        _bucket = new SandboxBucket(options.RateLimit, options.TimeProvider);
        _host = SandboxHost.Start()
            .Map(HttpMethod.Post.Method, TikTokShopConstants.OrdersSearchPath, request => AnswerAsync(request, SearchOrders))
            .Map(HttpMethod.Get.Method, TikTokShopConstants.OrderDetailPath, request => AnswerAsync(request, OrderDetail))
            .Map(HttpMethod.Post.Method, "/fulfillment/202309/packages/*/ship", request => AnswerAsync(request, ShipPackage))
            .Map(HttpMethod.Post.Method, TikTokShopConstants.ProductsSearchPath, request => AnswerAsync(request, SearchProducts))
            .Map(HttpMethod.Post.Method, TikTokShopConstants.InventorySearchPath, request => AnswerAsync(request, SearchInventory))
            .Map(HttpMethod.Post.Method, "/product/202309/products/*/inventory/update", request => AnswerAsync(request, UpdateInventory))
            .Map(HttpMethod.Get.Method, "/product/202309/products/*", request => AnswerAsync(request, ProductDetail))
            .Map(HttpMethod.Get.Method, TikTokShopConstants.AuthorizedShopsPath, request => AnswerAsync(request, AuthorizedShops, shopScoped: false))
            .Map(HttpMethod.Get.Method, TikTokShopConstants.TokenRefreshPath, request => Task.FromResult<IResponseMessage>(RefreshToken(request)))
            .Map(HttpMethod.Get.Method, TikTokShopConstants.TokenGetPath, request => Task.FromResult<IResponseMessage>(GetToken(request)))
            .Map(HttpMethod.Get.Method, TikTokShopConstants.AuthorizePath, request => Task.FromResult<IResponseMessage>(Authorize(request)))
            .Map(HttpMethod.Post.Method, TikTokShopConstants.AuthorizePath, request => Task.FromResult<IResponseMessage>(Authorize(request)));
    }

    public Uri Url => _host.Url;

    public TikTokShopSandboxOptions Options => _options;

    public TikTokShopSandboxData Data { get; }

    public TikTokShopSandboxCatalog Catalog { get; }

    /// <summary><see cref="SandboxAuthorization.Refuse"/> makes the shop refuse every token and refresh token, as for a revoked authorization.</summary>
    public SandboxAuthorization Authorization { get; }

    /// <summary>Switch the shop down (every request from a number on fails) and back up.</summary>
    public SandboxOutage Outage { get; } = new();

    /// <summary>Signed, authorized API requests answered so far (the numbering fault plans use).</summary>
    public int RequestCount => Volatile.Read(ref _requests);

    /// <summary>Requests refused for their signature, app key, shop cipher or token.</summary>
    public int RefusedCount => Volatile.Read(ref _refused);

    /// <summary>Requests answered 429 because the shop's rate limit was spent.</summary>
    public int ThrottledCount => Volatile.Read(ref _throttled);

    /// <summary>Token refreshes granted.</summary>
    public int RefreshCount => _tokens.Refreshes;

    public IReadOnlyList<TikTokShopSandboxRequest> Requests => [.. _log];

    /// <param name="accessExpiresAt">When the initial access token expires on the sandbox clock (null: never).</param>
    public static TikTokShopSandbox Start(TikTokShopSandboxOptions options, DateTimeOffset? accessExpiresAt = null) => new(options, accessExpiresAt);

    public void Dispose() => _host.Dispose();

    /// <summary>The store's settings as the hub takes them; without the cipher the connector finds it in the authorized shops.</summary>
    public Dictionary<string, string> Settings(bool withShopCipher = true)
    {
        var settings = new Dictionary<string, string> { ["appKey"] = _options.AppKey, ["shopId"] = _options.ShopId };
        if (withShopCipher)
        {
            settings["shopCipher"] = _options.ShopCipher;
        }

        return settings;
    }

    /// <summary>The store's credentials as the hub takes them.</summary>
    public Dictionary<string, string> Credentials() => new()
    {
        ["appSecret"] = _options.AppSecret,
        ["accessToken"] = _options.AccessToken,
        ["refreshToken"] = _options.RefreshToken,
    };

    internal static ResponseMessage Envelope(long code, string message, JsonNode? data = null, HttpStatusCode status = HttpStatusCode.OK) =>
        SandboxResponses.Json(status, new JsonObject
        {
            ["code"] = code,
            ["message"] = message,
            ["request_id"] = $"sandbox{Guid.NewGuid():N}"[..32],
            ["data"] = data,
        }.ToJsonString());

    private void Log(int number, string path, int status, long code, SandboxFault fault)
    {
        if (_options.LogRequests)
        {
            _log.Enqueue(new TikTokShopSandboxRequest(number, path, status, code, fault));
        }
    }

    private async Task<IResponseMessage> AnswerAsync(
        IRequestMessage request, Func<IRequestMessage, (long Code, string Message, JsonNode? Data)> execute, bool shopScoped = true)
    {
        var path = request.Path;
        if (Refusal(request, shopScoped) is { } refusal)
        {
            Interlocked.Increment(ref _refused);
            Log(0, path, 200, refusal.Code, SandboxFault.None);
            return Envelope(refusal.Code, refusal.Message);
        }

        var number = Interlocked.Increment(ref _requests);
        var fault = Outage.For(number) is var down and not SandboxFault.None ? down : _options.Faults.For(number, _options.Seed);
        if (SandboxFaultAnswers.Replacement(fault, _options.Faults, ThrottledBody, ServerErrorBody) is { } replaced)
        {
            Log(number, path, SandboxFaultAnswers.StatusOf(fault), 0, fault);
            return replaced;
        }

        var (taken, _) = _bucket.TryTake(1);
        if (!taken)
        {
            Interlocked.Increment(ref _throttled);
            Log(number, path, 429, 0, fault);
            return SandboxResponses.Throttled(_bucket.WaitFor(1), ThrottledBody);
        }

        if (fault == SandboxFault.Timeout)
        {
            // Logged now: the client has usually given up before the answer goes out.
            Log(number, path, 200, 0, fault);
            await SandboxFaultAnswers.DelayAsync(fault, _options.Faults);
        }

        var (code, message, data) = execute(request);
        if (fault != SandboxFault.Timeout)
        {
            Log(number, path, 200, code, fault);
        }

        var answer = Envelope(code, message, data);
        return fault == SandboxFault.TruncatedBody
            ? SandboxResponses.Bytes(200, SandboxFaultAnswers.Cut(fault, System.Text.Encoding.UTF8.GetBytes(answer.BodyData!.BodyAsString!)))
            : answer;
    }

    /// <summary>
    /// Why an API request is refused before it is counted: wrong app key, bad signature, a wrong shop cipher (or, on an
    /// app-level call, any shop cipher), refused token.
    /// </summary>
    private (long Code, string Message)? Refusal(IRequestMessage request, bool shopScoped)
    {
        var query = Query(request);
        if (!query.TryGetValue(TikTokShopConstants.AppKeyParameter, out var appKey) || appKey != _options.AppKey)
        {
            return (InvalidSignatureCode, "Invalid app_key.");
        }

        if (!query.ContainsKey(TikTokShopConstants.TimestampParameter))
        {
            return (InvalidSignatureCode, "The timestamp parameter is required.");
        }

        query.TryGetValue(TikTokShopConstants.SignParameter, out var sign);
        var body = request.Method == HttpMethod.Get.Method ? null : request.Body ?? "";
        if (!TikTokShopSignature.Verify(_options.AppSecret, request.Path, query, body, sign))
        {
            return (InvalidSignatureCode, "Invalid signature: the sign does not match the request.");
        }

        var hasCipher = query.TryGetValue(TikTokShopConstants.ShopCipherParameter, out var cipher);
        if (shopScoped ? cipher != _options.ShopCipher : hasCipher)
        {
            return (InvalidShopCipherCode, shopScoped ? "Invalid shop_cipher." : "shop_cipher must not be sent to an authorization API.");
        }

        var token = SandboxResponses.Header(request, TikTokShopConstants.AccessTokenHeader);
        return Authorization.IsRefusing || !_tokens.AcceptsAccess(token, _options.TimeProvider.GetUtcNow())
            ? (InvalidAccessTokenCode, "The access token is invalid or expired.")
            : null;
    }

    private ResponseMessage RefreshToken(IRequestMessage request)
    {
        var query = Query(request);
        if (query.GetValueOrDefault(TikTokShopConstants.AppKeyParameter) != _options.AppKey || query.GetValueOrDefault("app_secret") != _options.AppSecret)
        {
            return Envelope(InvalidSignatureCode, "Invalid app_key or app_secret.");
        }

        var now = _options.TimeProvider.GetUtcNow();
        var issued = query.GetValueOrDefault("grant_type") == TikTokShopConstants.RefreshTokenGrant && !Authorization.IsRefusing
            ? _tokens.Refresh(query.GetValueOrDefault(TikTokShopConstants.RefreshTokenGrant), now, _options.AccessTokenLifetime)
            : null;
        if (issued is not { } pair)
        {
            Interlocked.Increment(ref _refused);
            return Envelope(InvalidRefreshTokenCode, "The refresh token is invalid or expired.");
        }

        return Envelope(0, "success", TokenData(pair.Access, pair.ExpiresAt, pair.Refresh, now));
    }

    /// <summary>The query as sent, decoded once (values may hold commas: the detail call's ids).</summary>
    private static Dictionary<string, string> Query(IRequestMessage request)
    {
        var parsed = System.Web.HttpUtility.ParseQueryString(new Uri(request.AbsoluteUrl).Query);
        return parsed.AllKeys.OfType<string>().ToDictionary(k => k, k => parsed[k] ?? "", StringComparer.Ordinal);
    }
}
