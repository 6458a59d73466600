namespace CrossBorderHub.Mapping.Ports;

/// <param name="Upserted">Records inserted or changed.</param>
/// <param name="Stale">Records not written because the store already held a newer version.</param>
/// <param name="Quarantined">Records kept aside with their raw payload.</param>
public sealed record PageWriteResult(int Upserted, int Stale, int Quarantined);
