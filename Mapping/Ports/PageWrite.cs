using CrossBorderHub.Mapping.Canonical;

namespace CrossBorderHub.Mapping.Ports;

/// <summary>
/// One page of a sync, ready to commit: the mapped records, the ones quarantined, and the checkpoint
/// that becomes true once all of it is stored. The store writes all three in one transaction.
/// </summary>
public sealed record PageWrite<T>(
    Guid StoreId,
    SyncEntity Entity,
    Guid RunId,
    IReadOnlyList<T> Items,
    IReadOnlyList<QuarantinedRecord> Quarantined,
    string Checkpoint);
