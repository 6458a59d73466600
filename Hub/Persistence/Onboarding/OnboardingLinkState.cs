namespace CrossBorderHub.Persistence;

/// <summary>What opening a link came to: <see cref="Claimed"/> by this opening, or why not.</summary>
public enum OnboardingLinkState
{
    Claimed,
    Unknown,
    Revoked,
    Expired,
    Used,
}
