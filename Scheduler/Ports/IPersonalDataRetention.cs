namespace CrossBorderHub.Scheduler.Ports;

/// <summary>Removes buyers' personal data that a marketplace's retention period no longer allows the hub to keep.</summary>
public interface IPersonalDataRetention
{
    /// <summary>Redacts every order due at <paramref name="now"/> and deletes quarantined payloads as old, per marketplace.</summary>
    Task<RetentionResult> RedactDueAsync(DateTimeOffset now, CancellationToken cancellationToken);
}
