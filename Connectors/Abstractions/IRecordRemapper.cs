using CrossBorderHub.Mapping.Canonical;
using CrossBorderHub.Mapping.Ports;

namespace CrossBorderHub.Connectors;

/// <summary>
/// A connector that maps a quarantined record's stored raw payload again, as its pull would have (the mapping was fixed,
/// or what the record needed now exists). A record fault (see the kit's RecordFaults) means it still cannot be mapped.
/// </summary>
public interface IRecordRemapper
{
    Task<IReadOnlyList<CanonicalOrder>> RemapOrderAsync(StoreAccount account, string rawPayload, List<MappingIssue> issues, CancellationToken cancellationToken);
}
