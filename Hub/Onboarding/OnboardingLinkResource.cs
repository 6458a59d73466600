using CrossBorderHub.Persistence;

namespace CrossBorderHub.Hub.Onboarding;

/// <summary>An onboarding link as listed, never its token: <see cref="Status"/> is Open, Used, Revoked or Expired.</summary>
public sealed record OnboardingLinkResource(
    Guid Id,
    Guid TenantId,
    string Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? UsedAt,
    DateTimeOffset? RevokedAt)
{
    public static OnboardingLinkResource From(OnboardingLinkView link, DateTimeOffset now) =>
        new(link.Id, link.TenantId, StatusOf(link, now), link.CreatedAt, link.ExpiresAt, link.UsedAt, link.RevokedAt);

    private static string StatusOf(OnboardingLinkView link, DateTimeOffset now) =>
        link.RevokedAt is not null ? nameof(OnboardingLinkState.Revoked)
        : link.UsedAt is not null ? nameof(OnboardingLinkState.Used)
        : link.ExpiresAt <= now ? nameof(OnboardingLinkState.Expired)
        : "Open";
}
