using System.Text.Json;

namespace CrossBorderHub.Persistence;

/// <summary>
/// A stored consent. <see cref="Claimed"/> is true once a callback took it (it may still show Pending while that callback
/// runs); <see cref="ReauthorizeStoreId"/> is the store the start named, <see cref="StoreId"/> the store it ended with.
/// </summary>
public sealed record ConsentAuthorization(
    Guid Id,
    Guid TenantId,
    string Marketplace,
    JsonElement Input,
    Guid? ReauthorizeStoreId,
    string? ReturnPath,
    Uri CallbackUrl,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    bool Claimed,
    ConsentAuthorizationStatus Status,
    Guid? StoreId,
    string? Failure);
