namespace CrossBorderHub.Connectors.Shopify.Sandbox;

/// <summary>What the sandbox does to one HTTP answer instead of answering normally.</summary>
public enum ShopifySandboxFault
{
    None = 0,

    /// <summary>HTTP 429 with Retry-After, as Shopify's edge answers an app that overdraws.</summary>
    TooManyRequests,
    InternalServerError,
    BadGateway,
    ServiceUnavailable,

    /// <summary>The answer is held back longer than <see cref="ShopifyFaultPlan.TimeoutDelay"/> (real time).</summary>
    Timeout,

    /// <summary>HTTP 200 whose body is not JSON.</summary>
    MalformedJson,

    /// <summary>HTTP 200 with the normal answer cut off halfway.</summary>
    TruncatedBody,
}
