namespace CrossBorderHub.Hub.Consent;

/// <summary>
/// How a callback ended: the store connected (<see cref="Reauthorized"/> when an existing one got new credentials), or
/// <see cref="Failure"/>, a reason safe to show the seller. <see cref="AuthorizationId"/> is null when the state did not
/// verify (nothing was touched). <see cref="ReturnPath"/> is where the start asked the browser to go back to, set only
/// when the callback was acted on (never for a replayed, expired or unknown state).
/// </summary>
internal sealed record ConsentOutcome(Guid? AuthorizationId, Guid? TenantId, Guid? StoreId, bool Reauthorized, string? ReturnPath, string? Failure)
{
    public bool Succeeded => Failure is null && StoreId is not null;

    /// <summary>The marketplace failed or answered something unusable (a 502 for the seller), not the callback (a 400).</summary>
    public bool MarketplaceFailed { get; init; }
}
