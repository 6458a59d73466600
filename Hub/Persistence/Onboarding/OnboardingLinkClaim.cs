namespace CrossBorderHub.Persistence;

/// <summary>The outcome of opening a link; <see cref="Link"/> is null only when no link has the token.</summary>
public sealed record OnboardingLinkClaim(OnboardingLinkState State, OnboardingLinkView? Link);
