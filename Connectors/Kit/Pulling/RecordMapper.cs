using CrossBorderHub.Mapping.Ports;

namespace CrossBorderHub.Connectors.Kit.Pulling;

/// <summary>
/// Maps one raw record, appending the canonical rows and mapping issues it yields. It may await follow-up calls for
/// nested lists that did not fit the page; if it throws a record fault, what it appended is taken back.
/// </summary>
public delegate ValueTask RecordMapper<in TRaw, in TContext, TCanonical>(
    TRaw record, TContext page, List<TCanonical> items, List<MappingIssue> issues, CancellationToken cancellationToken);
