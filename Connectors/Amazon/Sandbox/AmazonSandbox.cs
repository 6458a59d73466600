using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using CrossBorderHub.Connectors.SandboxKit;
using CrossBorderHub.Connectors.SandboxKit.Consent;
using WireMock;
using WireMock.ResponseBuilders;
using WireMock.Util;

namespace CrossBorderHub.Connectors.Amazon.Sandbox;

/// <summary>
/// An Amazon seller account simulated on the sandbox kit: Seller Central's consent page, the Login with Amazon token
/// endpoint (refresh-token and authorization-code grants),
/// SP-API Orders 2026-01-01 searchOrders with its real shapes, lastUpdatedAfter filtering and paginationToken paging,
/// v0 getOrders and confirmShipment, Listings Items (search, get, patch of stock), FBA inventory summaries, the usage plans (429 past the bucket, x-amzn-RateLimit-Limit on answers), deterministic
/// faults and a switch that refuses the app's credentials. Use <see cref="Url"/> as both baseUrl and authUrl.
/// </summary>
public sealed partial class AmazonSandbox : IDisposable
{
    private const string DeniedBody = """{"errors":[{"code":"Unauthorized","message":"Access to requested resource is denied.","details":"The access token you provided is revoked, malformed or invalid."}]}""";
    private const string InvalidClientBody = """{"error":"invalid_client","error_description":"Client authentication failed"}""";
    private const string InvalidGrantBody = """{"error":"invalid_grant","error_description":"The request has an invalid grant parameter : refresh_token"}""";
    private const string QuotaExceededBody = """{"errors":[{"code":"QuotaExceeded","message":"You exceeded your quota for the requested resource.","details":""}]}""";
    private const string ServerErrorBody = """{"errors":[{"code":"InternalFailure","message":"We encountered an internal error. Please try again.","details":""}]}""";

    private readonly SandboxHost _host;
    private readonly AmazonSandboxOptions _options;
    private readonly SandboxBucket _searchOrders;
    private readonly SandboxBucket _confirmShipment;
    private readonly SandboxBucket _getOrder;
    private readonly SandboxBucket _getOrders;
    private readonly SandboxBucket _getOrderItems;
    private readonly SandboxBucket _searchListings;
    private readonly SandboxBucket _getListing;
    private readonly SandboxBucket _patchListing;
    private readonly SandboxBucket _inventorySummaries;
    private readonly SandboxBucket _restrictedDataToken;
    private readonly SandboxBucket _createReport;
    private readonly SandboxBucket _getReport;
    private readonly SandboxBucket _getReportDocument;
    private readonly ConcurrentQueue<AmazonSandboxRequest> _log = new();
    private readonly ConcurrentQueue<string> _secretsTried = new();
    private volatile string[] _acceptedSecrets;
    private int _requests;
    private int _tokenGrants;
    private int _throttled;

    private AmazonSandbox(AmazonSandboxOptions options)
    {
        _options = options;
        _acceptedSecrets = [options.ClientSecret];
        Data = new AmazonSandboxData(options);
        Authorization = new SandboxAuthorization(options.AccessToken);
        _searchOrders = new SandboxBucket(options.SearchOrdersPlan, options.TimeProvider);
        _confirmShipment = new SandboxBucket(options.ConfirmShipmentPlan, options.TimeProvider);
        _getOrder = new SandboxBucket(options.GetOrderPlan, options.TimeProvider);
        _getOrders = new SandboxBucket(options.GetOrdersPlan, options.TimeProvider);
        _getOrderItems = new SandboxBucket(options.GetOrderItemsPlan, options.TimeProvider);
        _searchListings = new SandboxBucket(options.SearchListingsItemsPlan, options.TimeProvider);
        _getListing = new SandboxBucket(options.GetListingsItemPlan, options.TimeProvider);
        _patchListing = new SandboxBucket(options.PatchListingsItemPlan, options.TimeProvider);
        _inventorySummaries = new SandboxBucket(options.InventorySummariesPlan, options.TimeProvider);
        _restrictedDataToken = new SandboxBucket(options.RestrictedDataTokenPlan, options.TimeProvider);
        _createReport = new SandboxBucket(options.CreateReportPlan, options.TimeProvider);
        _getReport = new SandboxBucket(options.GetReportPlan, options.TimeProvider);
        _getReportDocument = new SandboxBucket(options.GetReportDocumentPlan, options.TimeProvider);
        Listings = new AmazonSandboxListings(options);
        _consentCodes = new SandboxConsentCodes<AmazonSandboxConsentGrant>(options.TimeProvider, options.AuthorizationCodeLifetime);
        _host = SandboxHost.Start()
            .Map(HttpMethod.Post.Method, AmazonConstants.TokenPath, HandleTokenAsync)
            .Map(HttpMethod.Get.Method, AmazonConstants.ConsentPath, HandleConsentAsync)
            .Map(HttpMethod.Post.Method, AmazonConstants.ConsentPath, HandleConsentAsync)
            .Map(HttpMethod.Get.Method, AmazonConstants.SearchOrdersPath, request => HandleAsync(request, AmazonConstants.Operations.SearchOrders, _searchOrders, SearchOrders))
            .Map(HttpMethod.Get.Method, AmazonConstants.GetOrdersPath, request => HandleAsync(request, AmazonConstants.Operations.GetOrders, _getOrders, GetOrders))
            .Map(HttpMethod.Get.Method, $"{AmazonConstants.GetOrdersPath}/*/orderItems", request => HandleAsync(request, AmazonConstants.Operations.GetOrderItems, _getOrderItems, GetOrderItems))
            .Map(HttpMethod.Get.Method, $"{AmazonConstants.SearchOrdersPath}/*", request => HandleAsync(request, AmazonConstants.Operations.GetOrder, _getOrder, GetOrder))
            .Map(HttpMethod.Post.Method, $"{AmazonConstants.GetOrdersPath}/*/shipmentConfirmation", request => HandleAsync(request, AmazonConstants.Operations.ConfirmShipment, _confirmShipment, ConfirmShipment))
            .Map(HttpMethod.Get.Method, $"{AmazonConstants.ListingsItemsPath}/*", request => request.Path.Count(c => c == '/') > 4
                ? HandleAsync(request, AmazonConstants.Operations.GetListingsItem, _getListing, GetListingsItem)
                : HandleAsync(request, AmazonConstants.Operations.SearchListingsItems, _searchListings, SearchListingsItems))
            .Map(HttpMethod.Patch.Method, $"{AmazonConstants.ListingsItemsPath}/*", request => HandleAsync(request, AmazonConstants.Operations.PatchListingsItem, _patchListing, PatchListingsItem))
            .Map(HttpMethod.Post.Method, AmazonConstants.ReportsPath, request => HandleAsync(request, AmazonConstants.Operations.CreateReport, _createReport, CreateReport))
            .Map(HttpMethod.Get.Method, $"{AmazonConstants.ReportsPath}/*", request => HandleAsync(request, AmazonConstants.Operations.GetReport, _getReport, GetReport))
            .Map(HttpMethod.Get.Method, $"{AmazonConstants.ReportDocumentsPath}/*", request => HandleAsync(request, AmazonConstants.Operations.GetReportDocument, _getReportDocument, GetReportDocument))
            .Map(HttpMethod.Get.Method, $"/{ReportDownloadPath}/*", DownloadReportAsync)
            .Map(HttpMethod.Post.Method, AmazonConstants.RestrictedDataTokenPath, request => HandleAsync(request, AmazonConstants.Operations.CreateRestrictedDataToken, _restrictedDataToken, CreateRestrictedDataToken))
            .Map(HttpMethod.Get.Method, AmazonConstants.InventorySummariesPath, request => HandleAsync(request, AmazonConstants.Operations.GetInventorySummaries, _inventorySummaries, InventorySummaries));
    }

    public Uri Url => _host.Url;

    public AmazonSandboxOptions Options => _options;

    public AmazonSandboxData Data { get; }

    /// <summary>The seller's listings, their own stock and FBA inventory.</summary>
    public AmazonSandboxListings Listings { get; }

    /// <summary>The access token SP-API accepts; <see cref="SandboxAuthorization.Refuse"/> makes SP-API answer 403 and LWA invalid_grant, as for a revoked app.</summary>
    public SandboxAuthorization Authorization { get; }

    /// <summary>Switch the account down (every SP-API request from a number on fails) and back up.</summary>
    public SandboxOutage Outage { get; } = new();

    /// <summary>Authenticated SP-API requests answered so far (the numbering fault plans use); token grants are not counted.</summary>
    public int RequestCount => Volatile.Read(ref _requests);

    /// <summary>Access tokens the token endpoint handed out.</summary>
    public int TokenGrants => Volatile.Read(ref _tokenGrants);

    /// <summary>Answers refused by a usage plan (429 QuotaExceeded).</summary>
    public int ThrottledCount => Volatile.Read(ref _throttled);

    public IReadOnlyList<AmazonSandboxRequest> Requests => [.. _log];

    /// <summary>Every client secret a token request came with, in order.</summary>
    public IReadOnlyList<string> ClientSecretsTried => [.. _secretsTried];

    /// <summary>The app's client secrets Login with Amazon takes from now on (a rotation: the new one, and the old one until it expires).</summary>
    public void AcceptClientSecrets(params string[] secrets) => _acceptedSecrets = [.. secrets];

    public static AmazonSandbox Start(AmazonSandboxOptions options) => new(options);

    public void Dispose() => _host.Dispose();

    private Task<IResponseMessage> HandleTokenAsync(IRequestMessage request)
    {
        var form = Form(request.Body);
        var secret = form.GetValueOrDefault("client_secret") ?? string.Empty;
        _secretsTried.Enqueue(secret);
        if (form.GetValueOrDefault("client_id") != _options.ClientId || !_acceptedSecrets.Contains(secret, StringComparer.Ordinal))
        {
            return Task.FromResult<IResponseMessage>(SandboxResponses.Json(HttpStatusCode.Unauthorized, InvalidClientBody));
        }

        if (form.GetValueOrDefault("grant_type") == "authorization_code")
        {
            return Task.FromResult<IResponseMessage>(ExchangeCode(form));
        }

        var refreshToken = form.GetValueOrDefault("refresh_token");
        var accessToken = form.GetValueOrDefault("grant_type") == "refresh_token" ? AccessTokenFor(refreshToken) : null;
        if (accessToken is null)
        {
            return Task.FromResult<IResponseMessage>(SandboxResponses.Json(HttpStatusCode.BadRequest, InvalidGrantBody));
        }

        Interlocked.Increment(ref _tokenGrants);
        var body = $$"""{"access_token":"{{accessToken}}","refresh_token":"{{refreshToken}}","token_type":"bearer","expires_in":{{_options.ExpiresInSeconds}}}""";
        return Task.FromResult<IResponseMessage>(SandboxResponses.Json(HttpStatusCode.OK, body));
    }

    private async Task<IResponseMessage> HandleAsync(IRequestMessage request, string operation, SandboxBucket bucket, Func<IRequestMessage, (int Status, byte[] Body)> answer)
    {
        if (!Accepts(SandboxResponses.Header(request, AmazonConstants.AccessTokenHeader), operation))
        {
            Log(0, operation, 403, SandboxFault.None);
            return SandboxResponses.Json(HttpStatusCode.Forbidden, DeniedBody);
        }

        var number = Interlocked.Increment(ref _requests);
        var fault = Outage.For(number) is var down and not SandboxFault.None ? down : _options.Faults.For(number, _options.Seed);
        if (SandboxFaultAnswers.Replacement(fault, _options.Faults, QuotaExceededBody, ServerErrorBody) is { } replaced)
        {
            Log(number, operation, SandboxFaultAnswers.StatusOf(fault), fault);
            return replaced;
        }

        if (fault == SandboxFault.Timeout)
        {
            // Logged now: the client has usually given up before the answer goes out.
            Log(number, operation, 200, fault);
            await SandboxFaultAnswers.DelayAsync(fault, _options.Faults);
        }

        if (!bucket.TryTake(1).Taken)
        {
            Interlocked.Increment(ref _throttled);
            Log(number, operation, 429, fault);
            return WithRateHeader(SandboxResponses.Throttled(bucket.WaitFor(1), QuotaExceededBody), bucket);
        }

        var (status, body) = answer(request);
        if (fault != SandboxFault.Timeout)
        {
            Log(number, operation, status, fault);
        }

        return WithRateHeader(SandboxResponses.Bytes(status, SandboxFaultAnswers.Cut(fault, body)), bucket);
    }

    /// <summary>The sandbox's access token or a consent's (each unless revoked), or for getOrders the Restricted Data Token.</summary>
    private bool Accepts(string? token, string operation) =>
        Authorization.Accepts(token)
        || IsConsentAccessToken(token)
        || (operation == AmazonConstants.Operations.GetOrders && !Authorization.IsRefusing && _options.GrantsRestrictedData && token == _options.RestrictedDataToken);

    private static ResponseMessage WithRateHeader(ResponseMessage response, SandboxBucket bucket)
    {
        response.AddHeader("x-amzn-RequestId", Guid.NewGuid().ToString());
        if (bucket.Enabled)
        {
            response.AddHeader(AmazonConstants.RateLimitHeader, bucket.RestorePerSecond.ToString(CultureInfo.InvariantCulture));
        }

        return response;
    }

    private void Log(int number, string operation, int status, SandboxFault fault)
    {
        if (_options.LogRequests)
        {
            _log.Enqueue(new AmazonSandboxRequest(number, operation, status, fault));
        }
    }

    private static Dictionary<string, string> Form(string? body)
    {
        var form = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in (body ?? string.Empty).Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
            {
                form[Unescape(pair[..equals])] = Unescape(pair[(equals + 1)..]);
            }
        }

        return form;
    }

    private static string Unescape(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));
}
