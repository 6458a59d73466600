namespace CrossBorderHub.Scheduler.Ports;

/// <summary>What one retention pass did: orders whose buyer data was redacted, quarantined raw payloads deleted.</summary>
public sealed record RetentionResult(int OrdersRedacted, int QuarantineDeleted);
