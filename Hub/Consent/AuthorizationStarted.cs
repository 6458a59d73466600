namespace CrossBorderHub.Hub.Consent;

/// <summary>A started consent: send the seller to <see cref="ConsentUrl"/> before <see cref="ExpiresAt"/>.</summary>
public sealed record AuthorizationStarted(Guid Id, string Marketplace, Uri ConsentUrl, DateTimeOffset ExpiresAt);
