namespace CrossBorderHub.Connectors.SandboxKit;

/// <summary>
/// The per-record fault hook: which generated records carry a defect and how the marketplace writes each kind into
/// a record (an amount that is not a number, an enum value the pinned version lacks, a record without its id).
/// </summary>
public sealed class SandboxRecordFaults<TRecord, TFault>(IReadOnlyDictionary<int, TFault> faults, Func<TRecord, TFault, TRecord> apply)
    where TFault : struct, Enum
{
    public TFault For(int index) => faults.TryGetValue(index, out var fault) ? fault : default;

    /// <summary>The record as the sandbox serves it: with its defect written in, or unchanged.</summary>
    public TRecord Apply(int index, TRecord record) =>
        faults.TryGetValue(index, out var fault) && !EqualityComparer<TFault>.Default.Equals(fault, default)
            ? apply(record, fault)
            : record;
}
