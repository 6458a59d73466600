using System.Net;
using WireMock;

namespace CrossBorderHub.Connectors.SandboxKit;

/// <summary>
/// Turns a <see cref="SandboxFault"/> into what goes over the wire. The marketplace supplies its own error bodies;
/// the status codes, Retry-After, the hold-back and the cut are the same everywhere.
/// </summary>
public static class SandboxFaultAnswers
{
    /// <summary>What an HTML error page from a proxy in front of the marketplace looks like to a JSON client.</summary>
    public const string MalformedBody = "<html><body>upstream error</body></html>";

    /// <summary>The answer that replaces the normal one, or null when the normal answer goes out (possibly late or cut).</summary>
    public static ResponseMessage? Replacement(SandboxFault fault, SandboxFaultPlan plan, string throttledBody, string serverErrorBody) => fault switch
    {
        SandboxFault.TooManyRequests => SandboxResponses.Json(HttpStatusCode.TooManyRequests, throttledBody, plan.RetryAfterSeconds),
        SandboxFault.InternalServerError => SandboxResponses.Json(HttpStatusCode.InternalServerError, serverErrorBody),
        SandboxFault.BadGateway => SandboxResponses.Json(HttpStatusCode.BadGateway, serverErrorBody),
        SandboxFault.ServiceUnavailable => SandboxResponses.Json(HttpStatusCode.ServiceUnavailable, serverErrorBody),
        SandboxFault.MalformedJson => SandboxResponses.Json(HttpStatusCode.OK, MalformedBody),
        _ => null,
    };

    /// <summary>The status a replaced answer carries (for the sandbox's request log).</summary>
    public static int StatusOf(SandboxFault fault) => fault switch
    {
        SandboxFault.TooManyRequests => 429,
        SandboxFault.InternalServerError => 500,
        SandboxFault.BadGateway => 502,
        SandboxFault.ServiceUnavailable => 503,
        _ => 200,
    };

    /// <summary>Holds a <see cref="SandboxFault.Timeout"/> answer back; returns at once for any other fault.</summary>
    public static Task DelayAsync(SandboxFault fault, SandboxFaultPlan plan) =>
        fault == SandboxFault.Timeout ? Task.Delay(plan.TimeoutDelay) : Task.CompletedTask;

    /// <summary>The body as sent: cut in half for <see cref="SandboxFault.TruncatedBody"/>, else whole.</summary>
    public static byte[] Cut(SandboxFault fault, byte[] body) =>
        fault == SandboxFault.TruncatedBody ? body[..(body.Length / 2)] : body;
}
