namespace CrossBorderHub.Scheduler.Ports;

/// <summary>A command claimed for delivery: its payload as stored and the attempt this is (1 for the first).</summary>
public sealed record OutboxCommand(Guid Id, Guid StoreId, CommandKind Kind, string Payload, int Attempt);
