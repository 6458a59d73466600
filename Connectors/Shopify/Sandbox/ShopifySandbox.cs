using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;
using WireMock.Types;
using WireMock.Util;

namespace CrossBorderHub.Connectors.Shopify.Sandbox;

/// <summary>
/// A Shopify store simulated on WireMock.Net: POST /admin/api/{pinned version}/graphql.json with the token,
/// schema checks (undefinedField), cost and a leaky bucket (THROTTLED), real cursor paging, updated_at filters,
/// and deterministic faults. Use <see cref="Url"/> as StoreAccount.BaseUrl.
/// </summary>
public sealed partial class ShopifySandbox : IDisposable
{
    private const string InvalidTokenBody = "{\"errors\":\"[API] Invalid API key or access token (unrecognized login or wrong password)\"}";

    private readonly WireMockServer _server;
    private readonly ShopifySandboxOptions _options;
    private readonly SandboxSchema _schema;
    private readonly SandboxBucket _bucket;
    private readonly ConcurrentQueue<ShopifySandboxRequest> _log = new();
    private int _requests;
    private int _throttled;

    private ShopifySandbox(ShopifySandboxOptions options)
    {
        _options = options;
        Data = new ShopifySandboxData(options);
        _schema = SandboxSchema.Load();
        _bucket = new SandboxBucket(options.Throttle, options.TimeProvider);
        // No request journal: a benchmark sends hundreds of thousands of requests and the sandbox keeps its own log.
        _server = WireMockServer.Start(new WireMockServerSettings { StartAdminInterface = false, MaxRequestLogCount = 0, DisableJsonBodyParsing = true, DisableRequestBodyDecompressing = true });
        _server
            .Given(Request.Create().WithPath(ShopifyConstants.GraphQLPath).UsingPost())
            .RespondWith(Response.Create().WithCallback(HandleAsync));
    }

    public Uri Url => new(_server.Url!);

    public ShopifySandboxOptions Options => _options;

    public ShopifySandboxData Data { get; }

    /// <summary>Authenticated GraphQL requests answered so far (the numbering fault plans use).</summary>
    public int RequestCount => Volatile.Read(ref _requests);

    /// <summary>How many answers were THROTTLED by the bucket.</summary>
    public int ThrottledCount => Volatile.Read(ref _throttled);

    public IReadOnlyList<ShopifySandboxRequest> Requests => [.. _log];

    public static ShopifySandbox Start(ShopifySandboxOptions options) => new(options);

    public void Dispose() => _server.Stop();

    private static ResponseMessage Json(HttpStatusCode status, string body, int? retryAfter = null)
    {
        var message = new ResponseMessage
        {
            StatusCode = (int)status,
            BodyData = new BodyData { BodyAsString = body, DetectedBodyType = BodyType.String, Encoding = Encoding.UTF8 },
        };
        message.AddHeader("Content-Type", "application/json; charset=utf-8");
        if (retryAfter is { } seconds)
        {
            message.AddHeader("Retry-After", seconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return message;
    }

    private static ResponseMessage Bytes(byte[] body)
    {
        var message = new ResponseMessage
        {
            StatusCode = 200,
            BodyData = new BodyData { BodyAsBytes = body, DetectedBodyType = BodyType.Bytes },
        };
        message.AddHeader("Content-Type", "application/json; charset=utf-8");
        return message;
    }

    private void Log(int number, string root, int status, string? code, ShopifySandboxFault fault, int cost)
    {
        if (_options.LogRequests)
        {
            _log.Enqueue(new ShopifySandboxRequest(number, root, status, code, fault, cost));
        }
    }

    private async Task<IResponseMessage> HandleAsync(IRequestMessage request)
    {
        var token = request.Headers is { } headers && headers.TryGetValue(ShopifyConstants.AccessTokenHeader, out var values) ? values.FirstOrDefault() : null;
        if (token != _options.AccessToken)
        {
            Log(0, string.Empty, 401, "401", ShopifySandboxFault.None, 0);
            return Json(HttpStatusCode.Unauthorized, InvalidTokenBody);
        }

        var number = Interlocked.Increment(ref _requests);
        var fault = _options.Faults.For(number, _options.Seed);
        switch (fault)
        {
            case ShopifySandboxFault.TooManyRequests:
                Log(number, string.Empty, 429, null, fault, 0);
                return Json(HttpStatusCode.TooManyRequests, "{\"errors\":\"Exceeded 2 calls per second for api client. Reduce request rates to resume uninterrupted service.\"}", _options.Faults.RetryAfterSeconds);
            case ShopifySandboxFault.InternalServerError or ShopifySandboxFault.BadGateway or ShopifySandboxFault.ServiceUnavailable:
                var status = fault switch
                {
                    ShopifySandboxFault.InternalServerError => HttpStatusCode.InternalServerError,
                    ShopifySandboxFault.BadGateway => HttpStatusCode.BadGateway,
                    _ => HttpStatusCode.ServiceUnavailable,
                };
                Log(number, string.Empty, (int)status, null, fault, 0);
                return Json(status, "{\"errors\":\"Internal error. Looks like something went wrong on our end.\"}");
            case ShopifySandboxFault.MalformedJson:
                Log(number, string.Empty, 200, null, fault, 0);
                return Json(HttpStatusCode.OK, "<html><body>upstream error</body></html>");
            case ShopifySandboxFault.Timeout:
                // Logged now: the client has usually given up (and the test ended) before the answer goes out.
                Log(number, string.Empty, 200, null, fault, 0);
                await Task.Delay(_options.Faults.TimeoutDelay);
                break;
        }

        var (statusCode, body, code, root, cost) = Execute(request.Body);
        if (code == ShopifyConstants.ErrorCodes.Throttled)
        {
            Interlocked.Increment(ref _throttled);
        }

        if (fault != ShopifySandboxFault.Timeout)
        {
            Log(number, root, statusCode, code, fault, cost);
        }

        if (fault == ShopifySandboxFault.TruncatedBody)
        {
            return Bytes(body[..(body.Length / 2)]);
        }

        var response = Bytes(body);
        response.StatusCode = statusCode;
        return response;
    }
}
