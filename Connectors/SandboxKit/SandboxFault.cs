namespace CrossBorderHub.Connectors.SandboxKit;

/// <summary>What a sandbox does to one HTTP answer instead of answering normally: the failures every marketplace shows.</summary>
public enum SandboxFault
{
    None = 0,

    /// <summary>HTTP 429 with Retry-After, as a marketplace's edge answers a client that overdraws.</summary>
    TooManyRequests,
    InternalServerError,
    BadGateway,
    ServiceUnavailable,

    /// <summary>The answer is held back for <see cref="SandboxFaultPlan.TimeoutDelay"/> (real time).</summary>
    Timeout,

    /// <summary>HTTP 200 whose body is not JSON.</summary>
    MalformedJson,

    /// <summary>HTTP 200 with the normal answer cut off halfway.</summary>
    TruncatedBody,
}
