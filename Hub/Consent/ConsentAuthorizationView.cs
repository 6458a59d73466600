namespace CrossBorderHub.Hub.Consent;

/// <summary>One authorization as the API shows it: Pending, Completed (with the store), Failed (with why) or Expired.</summary>
internal sealed record ConsentAuthorizationView(
    Guid Id,
    Guid TenantId,
    string Marketplace,
    string Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    Guid? StoreId,
    string? Failure);
