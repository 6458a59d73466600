using System.Text.Json;

namespace CrossBorderHub.Persistence;

/// <summary>A pending consent to store.</summary>
public sealed record NewConsentAuthorization(
    Guid Id,
    Guid TenantId,
    string Marketplace,
    JsonElement Input,
    Guid? ReauthorizeStoreId,
    string? ReturnPath,
    Uri CallbackUrl,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt);
