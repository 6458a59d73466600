namespace CrossBorderHub.Persistence;

/// <summary>One-time onboarding links: issued per tenant, listed and revoked by admins, opened once by the seller.</summary>
public interface IOnboardingLinks
{
    /// <summary>Null when the tenant does not exist.</summary>
    Task<OnboardingLinkView?> CreateAsync(NewOnboardingLink link, CancellationToken ct);

    Task<IReadOnlyList<OnboardingLinkView>> ListAsync(Guid tenantId, CancellationToken ct);

    /// <summary>Marks the link revoked (once; a second call keeps the first time). Null when the tenant has no such link.</summary>
    Task<OnboardingLinkView?> RevokeAsync(Guid tenantId, Guid linkId, DateTimeOffset revokedAt, CancellationToken ct);

    /// <summary>
    /// Marks the link with this token hash used, in one conditional update, so that of two concurrent openings exactly
    /// one claims it; otherwise says why it cannot be opened (unknown, revoked, expired or already used).
    /// </summary>
    Task<OnboardingLinkClaim> ClaimAsync(string tokenHash, DateTimeOffset at, CancellationToken ct);

    Task<OnboardingLinkView?> FindAsync(Guid linkId, CancellationToken ct);
}
