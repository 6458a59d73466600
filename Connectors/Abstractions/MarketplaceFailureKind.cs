namespace CrossBorderHub.Connectors;

/// <summary>How a call to a marketplace failed, which decides what the scheduler does next.</summary>
public enum MarketplaceFailureKind
{
    /// <summary>Credentials revoked, expired or wrong: never retried; the store needs re-authorization.</summary>
    AuthorizationRefused = 0,

    /// <summary>The marketplace could not be reached or kept failing (5xx, timeouts): retried later with backoff.</summary>
    Unavailable = 1,

    /// <summary>The rate budget ran out and could not be waited out within the run's budget: retried later.</summary>
    Throttled = 2,

    /// <summary>The marketplace answered with something that is not what its API documents (empty data, cut-off JSON).</summary>
    MalformedResponse = 3,

    /// <summary>The marketplace refused the request itself (a bad query, a rejected push): retrying the same request will not help.</summary>
    Rejected = 4,
}
