using CrossBorderHub.Scheduler.Ports;

namespace CrossBorderHub.Persistence;

/// <summary>
/// A push command as an API request asks for it, before it is stored. <see cref="Request"/> is the request as the
/// client sent it (normalized JSON, with the path's ids): a replay under the same Idempotency-Key must match it.
/// </summary>
public sealed record NewCommand(Guid StoreId, CommandKind Kind, Guid? OrderId, string? IdempotencyKey, string Request, string Payload, DateTimeOffset CreatedAt);
