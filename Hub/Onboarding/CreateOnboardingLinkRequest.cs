namespace CrossBorderHub.Hub.Onboarding;

/// <summary>A new onboarding link; <see cref="LifetimeSeconds"/> null means Onboarding:DefaultLinkLifetime (7 days).</summary>
public sealed record CreateOnboardingLinkRequest(int? LifetimeSeconds = null);
