using CrossBorderHub.Scheduler.Ports;

namespace CrossBorderHub.Persistence;

/// <summary>A push command as an API request asks for it, before it is stored.</summary>
public sealed record NewCommand(Guid StoreId, CommandKind Kind, Guid? OrderId, string? IdempotencyKey, string Payload, DateTimeOffset CreatedAt);
