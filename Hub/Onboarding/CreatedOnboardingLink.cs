namespace CrossBorderHub.Hub.Onboarding;

/// <summary>A new onboarding link. <see cref="Url"/> carries the token and is shown this once: the hub keeps only its hash.</summary>
public sealed record CreatedOnboardingLink(Guid Id, Guid TenantId, Uri Url, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt);
