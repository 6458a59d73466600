namespace CrossBorderHub.Connectors.Kit.Cursors;

/// <summary>
/// Walks one record stream (a bulk export, a report document) page by page. The page token is the stream position
/// (records read so far), so a run that fails mid-stream resumes by skipping what landed; the checkpoint after each
/// page comes from the connector, which knows what else the stream needs to be found again.
/// </summary>
public sealed class StreamCursor : PullCursor
{
    private readonly Func<StreamProgress, string> _checkpoint;
    private DateTimeOffset? _newest;
    private PageQuery? _next;

    /// <param name="position">Records of the stream already landed by an earlier run.</param>
    /// <param name="newest">The newest updated-at those records carried, if known.</param>
    /// <param name="checkpoint">The checkpoint to store after a page, from the progress so far.</param>
    public StreamCursor(long position, DateTimeOffset? newest, Func<StreamProgress, string> checkpoint)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(position);
        ArgumentNullException.ThrowIfNull(checkpoint);
        _checkpoint = checkpoint;
        _newest = newest;
        _next = new PageQuery(null, null, StreamPosition.Format(position));
    }

    public override PageQuery? Next => _next;

    public override void Saw(DateTimeOffset updatedAt)
    {
        if (_newest is null || updatedAt > _newest)
        {
            _newest = updatedAt.ToUniversalTime();
        }
    }

    public override string PageDone(string? nextPageToken, bool hasMore)
    {
        var position = StreamPosition.Parse(nextPageToken ?? _next?.PageToken);
        _next = hasMore ? new PageQuery(null, null, StreamPosition.Format(position)) : null;
        return _checkpoint(new StreamProgress(position, _newest, !hasMore));
    }
}
