namespace CrossBorderHub.Persistence;

/// <summary>An onboarding link without its token.</summary>
public sealed record OnboardingLinkView(
    Guid Id,
    Guid TenantId,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? UsedAt,
    DateTimeOffset? RevokedAt);
