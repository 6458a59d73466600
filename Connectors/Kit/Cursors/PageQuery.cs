namespace CrossBorderHub.Connectors.Kit.Cursors;

/// <summary>
/// What to ask the marketplace for next: records updated in [<see cref="UpdatedFrom"/>, <see cref="UpdatedTo"/>)
/// (either bound may be open) and the page token from the previous page of the same query, if any.
/// </summary>
public sealed record PageQuery(DateTimeOffset? UpdatedFrom, DateTimeOffset? UpdatedTo, string? PageToken);
