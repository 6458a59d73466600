using System.Collections.Concurrent;
using System.Net;
using CrossBorderHub.Connectors.SandboxKit;
using CrossBorderHub.Connectors.SandboxKit.Consent;
using WireMock;

namespace CrossBorderHub.Connectors.Shopify.Sandbox;

/// <summary>
/// A Shopify store simulated on the sandbox kit: POST /admin/api/{pinned version}/graphql.json with the token,
/// schema checks (undefinedField), cost and a leaky bucket (THROTTLED), real cursor paging, updated_at filters,
/// and deterministic faults; the consent page, token endpoint and signed webhooks of <see cref="ShopifySandboxOptions.App"/>.
/// Use <see cref="Url"/> as StoreAccount.BaseUrl.
/// </summary>
public sealed partial class ShopifySandbox : IDisposable
{
    private const string InvalidTokenBody = "{\"errors\":\"[API] Invalid API key or access token (unrecognized login or wrong password)\"}";
    private const string ThrottledBody = "{\"errors\":\"Exceeded 2 calls per second for api client. Reduce request rates to resume uninterrupted service.\"}";
    private const string ServerErrorBody = "{\"errors\":\"Internal error. Looks like something went wrong on our end.\"}";

    private readonly SandboxHost _host;
    private readonly ShopifySandboxOptions _options;
    private readonly SandboxSchema _schema;
    private readonly SandboxBucket _bucket;
    private readonly ConcurrentQueue<ShopifySandboxRequest> _log = new();
    private int _requests;
    private int _throttled;
    private long _charged;

    private ShopifySandbox(ShopifySandboxOptions options)
    {
        _options = options;
        Data = new ShopifySandboxData(options);
        Authorization = new SandboxAuthorization(options.AccessToken);
        _schema = SandboxSchema.Load();
        _bucket = new SandboxBucket(options.Throttle.ToRateLimit(), options.TimeProvider);
        _codes = new SandboxConsentCodes<ShopifySandboxCodeGrant>(options.TimeProvider, options.App.CodeValidity);
        _host = MapConsent(SandboxHost.Start()
            .Map(HttpMethod.Post.Method, ShopifyConstants.GraphQLPath, HandleAsync)
            .Map(HttpMethod.Get.Method, BulkResultPath, HandleBulkDownload));
    }

    public Uri Url => _host.Url;

    public ShopifySandboxOptions Options => _options;

    public ShopifySandboxData Data { get; }

    /// <summary>The token the store accepts; <see cref="SandboxAuthorization.Refuse"/> makes it answer 401 as for a revoked app.</summary>
    public SandboxAuthorization Authorization { get; }

    /// <summary>Switch the store down (every request from a number on fails) and back up.</summary>
    public SandboxOutage Outage { get; } = new();

    /// <summary>Authenticated GraphQL requests answered so far (the numbering fault plans use).</summary>
    public int RequestCount => Volatile.Read(ref _requests);

    /// <summary>How many answers were THROTTLED by the bucket.</summary>
    public int ThrottledCount => Volatile.Read(ref _throttled);

    /// <summary>Points the bucket kept: the sum of actualQueryCost over the answers it charged (the unused part of each requested cost is refunded).</summary>
    public long ChargedPoints => Interlocked.Read(ref _charged);

    public IReadOnlyList<ShopifySandboxRequest> Requests => [.. _log];

    public static ShopifySandbox Start(ShopifySandboxOptions options) => new(options);

    public void Dispose() => _host.Dispose();

    private void Log(int number, string root, int status, string? code, SandboxFault fault, int cost)
    {
        if (_options.LogRequests)
        {
            _log.Enqueue(new ShopifySandboxRequest(number, root, status, code, fault, cost));
        }
    }

    private async Task<IResponseMessage> HandleAsync(IRequestMessage request)
    {
        if (!AcceptsToken(SandboxResponses.Header(request, ShopifyConstants.AccessTokenHeader)))
        {
            Log(0, string.Empty, 401, "401", SandboxFault.None, 0);
            return SandboxResponses.Json(HttpStatusCode.Unauthorized, InvalidTokenBody);
        }

        var number = Interlocked.Increment(ref _requests);
        var fault = Outage.For(number) is var down and not SandboxFault.None ? down : _options.Faults.For(number, _options.Seed);
        if (SandboxFaultAnswers.Replacement(fault, _options.Faults, ThrottledBody, ServerErrorBody) is { } replaced)
        {
            Log(number, string.Empty, SandboxFaultAnswers.StatusOf(fault), null, fault, 0);
            return replaced;
        }

        if (fault == SandboxFault.Timeout)
        {
            // Logged now: the client has usually given up (and the test ended) before the answer goes out.
            Log(number, string.Empty, 200, null, fault, 0);
            await SandboxFaultAnswers.DelayAsync(fault, _options.Faults);
        }

        var (statusCode, body, code, root, cost) = Execute(request.Body);
        if (code == ShopifyConstants.ErrorCodes.Throttled)
        {
            Interlocked.Increment(ref _throttled);
        }

        if (fault != SandboxFault.Timeout)
        {
            Log(number, root, statusCode, code, fault, cost);
        }

        return fault == SandboxFault.TruncatedBody
            ? SandboxResponses.Bytes(200, SandboxFaultAnswers.Cut(fault, body))
            : SandboxResponses.Bytes(statusCode, body);
    }
}
