using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CrossBorderHub.Connectors.SandboxKit;
using WireMock;

namespace CrossBorderHub.Connectors.Ebay.Sandbox;

/// <summary>
/// A simulated eBay seller on loopback: the Identity token endpoint (refresh-token grant, Basic auth from App ID and
/// Cert ID), getOrders (lastmodifieddate/creationdate filters, limit up to 200, offset paging with next), and
/// createShippingFulfillment / getShippingFulfillments. Sell API requests are numbered for the fault plan, spend the
/// application's call bucket (429 with Retry-After when empty) and need a token this sandbox issued. User consent
/// (the Grant Application Access page, the authorization-code grant and Commerce Identity getUser) is in
/// EbaySandbox.Consent.cs; every host (auth, api, apiz) is this one server.
/// </summary>
public sealed partial class EbaySandbox : IDisposable
{
    private const string OrdersPath = "/sell/fulfillment/v1/order";
    private const string FulfillmentsPath = "/sell/fulfillment/v1/order/*/shipping_fulfillment";
    private const string InvalidGrant = """{"error":"invalid_grant","error_description":"the provided authorization refresh token is invalid or was issued to another client"}""";
    private const string InvalidClient = """{"error":"invalid_client","error_description":"client authentication failed"}""";
    private const string InvalidToken = """{"errors":[{"errorId":1001,"domain":"OAuth","category":"REQUEST","message":"Invalid access token","longMessage":"Invalid access token. Check the value of the Authorization HTTP request header."}]}""";
    private const string TooManyRequests = """{"errors":[{"errorId":2001,"domain":"ACCESS","category":"REQUEST","message":"Too many requests. The request limit has been reached for the resource."}]}""";
    private const string ServerError = """{"errors":[{"errorId":2003,"domain":"ACCESS","category":"APPLICATION","message":"Internal error","longMessage":"There was a problem with an eBay internal system or process. Contact eBay developer support for assistance."}]}""";

    private readonly SandboxHost _host;
    private readonly SandboxBucket _bucket;
    private readonly SandboxBucket _inventoryBucket;
    private readonly ConcurrentDictionary<string, DateTimeOffset> _tokens = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IReadOnlyList<string>> _tokenScopes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _applicationTokens = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<EbaySandboxRequest> _requests = new();
    private int _requestCount;
    private int _tokenCount;

    private EbaySandbox(EbaySandboxOptions options)
    {
        Options = options;
        Data = new EbaySandboxData(options);
        Catalog = new EbaySandboxCatalog(options);
        _codes = new(options.TimeProvider, options.AuthorizationCodeLifetime);
        _ruNames = new(options.RuNames, StringComparer.Ordinal);
        _refreshTokens[options.RefreshToken] = AllScopes;
        _bucket = new SandboxBucket(options.RateLimit, options.TimeProvider);
        _inventoryBucket = new SandboxBucket(options.InventoryRateLimit, options.TimeProvider);
        _host = SandboxHost.Start()
            .Map("POST", "/identity/v1/oauth2/token", request => Task.FromResult<IResponseMessage>(Token(request)))
            .Map("GET", OrdersPath, request => SellAsync(request, GetOrders, _bucket, FulfillmentApi))
            .Map("GET", FulfillmentsPath, request => SellAsync(request, GetFulfillments, _bucket, FulfillmentApi))
            .Map("POST", FulfillmentsPath, request => SellAsync(request, CreateFulfillment, _bucket, FulfillmentApi))
            .Map("GET", InventoryItemsPath, request => SellAsync(request, GetInventoryItems, _inventoryBucket, InventoryApi))
            .Map("GET", OffersPath, request => SellAsync(request, GetOffers, _inventoryBucket, InventoryApi))
            .Map("POST", BulkUpdatePath, request => SellAsync(request, BulkUpdatePriceQuantity, _inventoryBucket, InventoryApi))
            .Map("GET", RateLimitsPath, request => Task.FromResult<IResponseMessage>(GetRateLimits(request)))
            .Map("GET", ConsentPath, request => Task.FromResult<IResponseMessage>(Consent(request)))
            .Map("POST", ConsentPath, request => Task.FromResult<IResponseMessage>(Consent(request)))
            .Map("GET", UserPath, request => Task.FromResult<IResponseMessage>(GetUser(request)))
            .Map("GET", UserPath.TrimEnd('/'), request => Task.FromResult<IResponseMessage>(GetUser(request)));
    }

    public EbaySandboxOptions Options { get; }

    public EbaySandboxData Data { get; }

    public EbaySandboxCatalog Catalog { get; }

    /// <summary>The root URL of both the Sell API and the token endpoint: a store's baseUrl and authUrl.</summary>
    public Uri Url => _host.Url;

    public SandboxAuthorization Authorization { get; } = new("unused");

    public SandboxOutage Outage { get; } = new();

    public int RequestCount => Volatile.Read(ref _requestCount);

    /// <summary>Token grants answered with a new access token.</summary>
    public int TokensIssued => Volatile.Read(ref _tokenCount);

    public IReadOnlyList<EbaySandboxRequest> Requests => [.. _requests];

    public static EbaySandbox Start(EbaySandboxOptions options) => new(options);

    public void Dispose() => _host.Dispose();

    private ResponseMessage Token(IRequestMessage request)
    {
        var expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Options.ClientId}:{Options.ClientSecret}"));
        if (SandboxResponses.Header(request, "Authorization") != expected)
        {
            return SandboxResponses.Json(HttpStatusCode.Unauthorized, InvalidClient);
        }

        var form = Form(request.Body);
        if (form.GetValueOrDefault("grant_type") == "client_credentials")
        {
            return ApplicationToken(form);
        }

        if (form.GetValueOrDefault("grant_type") == "authorization_code")
        {
            return ExchangeCode(form);
        }

        if (Authorization.IsRefusing || form.GetValueOrDefault("grant_type") != "refresh_token"
            || !_refreshTokens.TryGetValue(form.GetValueOrDefault("refresh_token") ?? "", out var granted))
        {
            return SandboxResponses.Json(HttpStatusCode.BadRequest, InvalidGrant);
        }

        // A refresh may ask for the consented scopes or fewer, never more.
        var asked = Scopes(form.GetValueOrDefault("scope"));
        if (asked.Except(granted, StringComparer.Ordinal).Any())
        {
            return SandboxResponses.Json(HttpStatusCode.BadRequest, InvalidScope);
        }

        var body = new JsonObject
        {
            ["access_token"] = IssueUserToken(asked.Length > 0 ? asked : granted),
            ["expires_in"] = Options.AccessTokenLifetimeSeconds,
            ["token_type"] = "User Access Token",
        };
        return SandboxResponses.Json(HttpStatusCode.OK, body.ToJsonString());
    }

    private string IssueUserToken(IReadOnlyList<string> scopes)
    {
        var number = Interlocked.Increment(ref _tokenCount);
        var token = string.Create(CultureInfo.InvariantCulture, $"v^1.1#i^1#sandbox-user-token-{Options.Seed}-{number}");
        _tokens[token] = Options.TimeProvider.GetUtcNow().AddSeconds(Options.AccessTokenLifetimeSeconds);
        _tokenScopes[token] = scopes;
        return token;
    }

    private async Task<IResponseMessage> SellAsync(IRequestMessage request, Func<IRequestMessage, ResponseMessage> answer, SandboxBucket bucket, string api)
    {
        var bearer = SandboxResponses.Header(request, "Authorization");
        var token = bearer is { Length: > 7 } && bearer.StartsWith("Bearer ", StringComparison.Ordinal) ? bearer[7..] : null;
        if (Authorization.IsRefusing || token is null || !_tokens.TryGetValue(token, out var expiresAt) || Options.TimeProvider.GetUtcNow() >= expiresAt)
        {
            return SandboxResponses.Json(HttpStatusCode.Unauthorized, InvalidToken);
        }

        var number = Interlocked.Increment(ref _requestCount);
        CountCall(api);
        var fault = Outage.For(number) is var down and not SandboxFault.None ? down : Options.Faults.For(number, Options.Seed);
        if (SandboxFaultAnswers.Replacement(fault, Options.Faults, TooManyRequests, ServerError) is { } replaced)
        {
            Log(number, request, fault, SandboxFaultAnswers.StatusOf(fault));
            return replaced;
        }

        var (taken, _) = bucket.TryTake(1);
        if (!taken)
        {
            Log(number, request, SandboxFault.None, 429);
            return SandboxResponses.Throttled(bucket.WaitFor(1), TooManyRequests);
        }

        var response = answer(request);

        // Logged before a held-back answer goes out: the client has given up on it by then, and the fault happened.
        Log(number, request, fault, response.StatusCode is int status ? status : 200);
        await SandboxFaultAnswers.DelayAsync(fault, Options.Faults);
        if (fault == SandboxFault.TruncatedBody && response.BodyData?.BodyAsString is { } text)
        {
            response.BodyData.BodyAsString = Encoding.UTF8.GetString(SandboxFaultAnswers.Cut(fault, Encoding.UTF8.GetBytes(text)));
        }

        return response;
    }

    private ResponseMessage GetOrders(IRequestMessage request)
    {
        var limit = Query(request, "limit") is { } l ? int.Parse(l, CultureInfo.InvariantCulture) : 50;
        var offset = Query(request, "offset") is { } o ? int.Parse(o, CultureInfo.InvariantCulture) : 0;
        if (limit is < 1 or > 200 || offset < 0)
        {
            return Error(HttpStatusCode.BadRequest, 30700, "The 'limit' value must be between 1 and 200, and 'offset' at least 0.");
        }

        if (EbaySandboxFilter.Parse(Query(request, "filter"), Options.TimeProvider.GetUtcNow()) is not { } window)
        {
            return Error(HttpStatusCode.BadRequest, 30800, "The 'filter' value is invalid.");
        }

        var (page, total) = Data.Page(window, offset, limit);
        var self = $"{Url.GetLeftPart(UriPartial.Authority)}{OrdersPath}?filter={Uri.EscapeDataString(Query(request, "filter") ?? "")}&limit={limit}";
        var body = new JsonObject
        {
            ["href"] = string.Create(CultureInfo.InvariantCulture, $"{self}&offset={offset}"),
            ["total"] = total,
            ["limit"] = limit,
            ["offset"] = offset,
            ["orders"] = new JsonArray([.. page.Select(i => (JsonNode)Data.Order(i))]),
        };
        if (offset + limit < total)
        {
            body["next"] = string.Create(CultureInfo.InvariantCulture, $"{self}&offset={offset + limit}");
        }

        if (offset > 0)
        {
            body["prev"] = string.Create(CultureInfo.InvariantCulture, $"{self}&offset={Math.Max(0, offset - limit)}");
        }

        return SandboxResponses.Json(HttpStatusCode.OK, body.ToJsonString());
    }

    private ResponseMessage GetFulfillments(IRequestMessage request)
    {
        var orderId = OrderIdOf(request);
        if (Data.IndexOf(orderId) < 0)
        {
            return Error(HttpStatusCode.NotFound, 32100, "Invalid order ID: " + orderId);
        }

        var fulfillments = Data.ShipmentsOf(orderId).Select(s => (JsonNode)new JsonObject
        {
            ["fulfillmentId"] = s.FulfillmentId,
            ["shipmentTrackingNumber"] = s.TrackingNumber,
            ["shippingCarrierCode"] = s.Carrier,
            ["shippedDate"] = s.ShippedDate,
            ["lineItems"] = new JsonArray([.. s.Lines.Select(l => (JsonNode)new JsonObject { ["lineItemId"] = l.LineItemId, ["quantity"] = l.Quantity })]),
        }).ToArray();
        return SandboxResponses.Json(HttpStatusCode.OK, new JsonObject { ["fulfillments"] = new JsonArray(fulfillments), ["total"] = fulfillments.Length }.ToJsonString());
    }

    private ResponseMessage CreateFulfillment(IRequestMessage request)
    {
        var orderId = OrderIdOf(request);
        var index = Data.IndexOf(orderId);
        if (index < 0)
        {
            return Error(HttpStatusCode.NotFound, 32100, "Invalid order ID: " + orderId);
        }

        JsonNode? body;
        try
        {
            body = JsonNode.Parse(request.Body ?? "");
        }
        catch (JsonException)
        {
            return Error(HttpStatusCode.BadRequest, 32600, "The request body is not valid JSON.");
        }

        var known = Data.LinesOf(index).ToDictionary(l => l.LineItemId, l => l.Quantity, StringComparer.Ordinal);
        var lines = new List<(string, int)>();
        foreach (var line in body?["lineItems"]?.AsArray() ?? [])
        {
            var id = line?["lineItemId"]?.GetValue<string>() ?? "";
            var quantity = line?["quantity"]?.GetValue<int>() ?? 0;
            if (!known.TryGetValue(id, out var max) || quantity < 1 || quantity > max)
            {
                return Error(HttpStatusCode.BadRequest, 32400, $"Invalid line item or quantity: {id} x {quantity}.");
            }

            lines.Add((id, quantity));
        }

        var carrier = body?["shippingCarrierCode"]?.GetValue<string>();
        var tracking = body?["trackingNumber"]?.GetValue<string>();
        if (lines.Count == 0 || string.IsNullOrWhiteSpace(carrier) || string.IsNullOrWhiteSpace(tracking))
        {
            return Error(HttpStatusCode.BadRequest, 32500, "lineItems, shippingCarrierCode and trackingNumber are required.");
        }

        var shipped = body?["shippedDate"]?.GetValue<string>() ?? EbaySandboxData.Stamp(Options.TimeProvider.GetUtcNow());
        var shipment = Data.Ship(index, lines, carrier, tracking, shipped);
        var created = SandboxResponses.Json(HttpStatusCode.Created, "");
        created.AddHeader("Location", $"{Url.GetLeftPart(UriPartial.Authority)}{OrdersPath}/{orderId}/shipping_fulfillment/{shipment.FulfillmentId}");
        return created;
    }

    private static string OrderIdOf(IRequestMessage request) =>
        Uri.UnescapeDataString(request.Path.Split('/')[^2]);

    private static string? Query(IRequestMessage request, string name) =>
        request.Query is { } query && query.TryGetValue(name, out var values) ? values.FirstOrDefault() : null;

    private static ResponseMessage Error(HttpStatusCode status, int errorId, string message, string domain = "API_FULFILLMENT") =>
        SandboxResponses.Json(status, new JsonObject
        {
            ["errors"] = new JsonArray(new JsonObject
            {
                ["errorId"] = errorId,
                ["domain"] = domain,
                ["category"] = "REQUEST",
                ["message"] = message,
            }),
        }.ToJsonString());

    private static Dictionary<string, string> Form(string? body) =>
        (body ?? "").Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(p => Decode(p[0]), p => p.Length > 1 ? Decode(p[1]) : "", StringComparer.Ordinal);

    private static string Decode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));

    private void Log(int number, IRequestMessage request, SandboxFault fault, int status) =>
        _requests.Enqueue(new EbaySandboxRequest(number, request.Method, request.Path, fault, status));
}
