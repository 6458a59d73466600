namespace CrossBorderHub.Connectors.Kit.Pulling;

/// <summary>
/// What a connector brings to the pull loop for one entity: fetch a page for a query, map one record, and read a raw
/// record's id, updated-at and payload (for the watermark and for quarantine). <see cref="Meter"/>, when the
/// connector's requests carry it, reports the time the pull spent waiting for rate budget.
/// </summary>
public sealed record RecordPull<TRaw, TContext, TCanonical>(
    string Marketplace,
    string Entity,
    Func<Cursors.PageQuery, CancellationToken, Task<FetchedPage<TRaw, TContext>>> FetchAsync,
    RecordMapper<TRaw, TContext, TCanonical> Map,
    Func<TRaw, string?> IdOf,
    Func<TRaw, DateTimeOffset?> UpdatedAtOf,
    Func<TRaw, string> PayloadOf)
{
    public Http.ThrottleMeter? Meter { get; init; }

    /// <summary>The entity as the first word of a quarantine reason ("Order could not be mapped: …").</summary>
    public string Label => Entity.Length == 0 ? Entity : string.Concat(Entity[..1].ToUpperInvariant(), Entity[1..]);
}
