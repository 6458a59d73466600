namespace CrossBorderHub.Persistence;

/// <summary>
/// Pending consents and how they ended. <see cref="ClaimAsync"/> is the single use: one conditional update, so of two
/// callbacks with the same state exactly one wins, on every provider.
/// </summary>
public interface IConsentAuthorizations
{
    Task AddAsync(NewConsentAuthorization authorization, CancellationToken ct);

    Task<ConsentAuthorization?> FindAsync(Guid id, CancellationToken ct);

    /// <summary>Takes a pending, unclaimed consent that has not expired at <paramref name="now"/>; false when another took it, it ended or it expired.</summary>
    Task<bool> ClaimAsync(Guid id, DateTimeOffset now, CancellationToken ct);

    /// <summary>Marks a pending, unclaimed consent whose time ran out at <paramref name="now"/> Expired; false when it is not one.</summary>
    Task<bool> ExpireAsync(Guid id, DateTimeOffset now, CancellationToken ct);

    /// <summary>Ends a claimed consent with its store.</summary>
    Task CompleteAsync(Guid id, Guid storeId, DateTimeOffset now, CancellationToken ct);

    /// <summary>Ends a claimed consent with a reason safe to show the seller.</summary>
    Task FailAsync(Guid id, string reason, DateTimeOffset now, CancellationToken ct);
}
