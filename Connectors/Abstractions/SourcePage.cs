using CrossBorderHub.Mapping.Ports;

namespace CrossBorderHub.Connectors;

/// <summary>
/// One page pulled from a marketplace and mapped. <see cref="Checkpoint"/> is the opaque token to resume
/// after this page; it is only stored once the page's records are committed.
/// </summary>
public sealed record SourcePage<T>(
    IReadOnlyList<T> Items,
    IReadOnlyList<QuarantinedRecord> Quarantined,
    IReadOnlyList<MappingIssue> Issues,
    string Checkpoint)
{
    /// <summary>Time spent waiting for the marketplace's rate budget while this page (and its follow-ups) was fetched.</summary>
    public TimeSpan ThrottleWait { get; init; }
}
