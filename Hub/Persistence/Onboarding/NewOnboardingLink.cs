namespace CrossBorderHub.Persistence;

/// <summary>A link to store: the hash of its token, never the token itself.</summary>
public sealed record NewOnboardingLink(Guid TenantId, string TokenHash, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt);
