namespace CrossBorderHub.Hub.Onboarding;

/// <summary>A seller's onboarding session: the tenant whose link was opened, that link, and when the session ends.</summary>
internal sealed record OnboardingSession(Guid TenantId, Guid LinkId, DateTimeOffset ExpiresAt);
