using System.Globalization;
using System.Net;
using System.Text;
using WireMock;
using WireMock.Types;
using WireMock.Util;

namespace CrossBorderHub.Connectors.SandboxKit;

/// <summary>Answers a sandbox callback returns, and what it reads from a request.</summary>
public static class SandboxResponses
{
    public const string JsonContentType = "application/json; charset=utf-8";

    /// <summary>The longest Retry-After a throttled answer names (a bucket that never restores would say forever).</summary>
    private static readonly TimeSpan MaxRetryAfter = TimeSpan.FromHours(1);

    public static ResponseMessage Json(HttpStatusCode status, string body, int? retryAfterSeconds = null)
    {
        var message = new ResponseMessage
        {
            StatusCode = (int)status,
            BodyData = new BodyData { BodyAsString = body, DetectedBodyType = BodyType.String, Encoding = Encoding.UTF8 },
        };
        message.AddHeader("Content-Type", JsonContentType);
        if (retryAfterSeconds is { } seconds)
        {
            message.AddHeader("Retry-After", seconds.ToString(CultureInfo.InvariantCulture));
        }

        return message;
    }

    /// <summary>
    /// HTTP 429 telling the client how long until its request fits the bucket (<see cref="SandboxBucket.WaitFor"/>),
    /// in whole seconds rounded up, as token-bucket marketplaces answer an overdrawn usage plan.
    /// </summary>
    public static ResponseMessage Throttled(TimeSpan wait, string body)
    {
        var seconds = wait >= MaxRetryAfter ? MaxRetryAfter.TotalSeconds : Math.Max(1, Math.Ceiling(wait.TotalSeconds));
        return Json(HttpStatusCode.TooManyRequests, body, (int)seconds);
    }

    /// <summary>UTF-8 JSON already written to bytes (the fast path: no string in between).</summary>
    public static ResponseMessage Bytes(int status, byte[] body)
    {
        var message = new ResponseMessage
        {
            StatusCode = status,
            BodyData = new BodyData { BodyAsBytes = body, DetectedBodyType = BodyType.Bytes },
        };
        message.AddHeader("Content-Type", JsonContentType);
        return message;
    }

    /// <summary>The first value of a request header, or null.</summary>
    public static string? Header(IRequestMessage request, string name) =>
        request.Headers is { } headers && headers.TryGetValue(name, out var values) ? values.FirstOrDefault() : null;
}
