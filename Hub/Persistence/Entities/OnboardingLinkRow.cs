namespace CrossBorderHub.Persistence.Entities;

/// <summary>A one-time onboarding link of one tenant: only the SHA-256 of its token is kept, never the token.</summary>
internal sealed class OnboardingLinkRow
{
    public Guid Id { get; set; }
    public Guid SellerId { get; set; }

    /// <summary>Lower-case hex SHA-256 of the token's UTF-8 bytes.</summary>
    public string TokenHash { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>When the seller opened it; a link opens once.</summary>
    public DateTimeOffset? UsedAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }
}
