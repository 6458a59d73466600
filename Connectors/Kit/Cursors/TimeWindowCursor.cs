namespace CrossBorderHub.Connectors.Kit.Cursors;

/// <summary>
/// Walks consecutive windows [start, end) of at most <see cref="TimeWindowOptions.MaxWindow"/>, paging inside each,
/// up to the run's horizon (now minus the lag, fixed when the run starts so it ends). Each page's checkpoint holds
/// its window and page token, so a failed run resumes inside the right window; an empty window still yields its page,
/// so its end is remembered.
/// </summary>
public sealed class TimeWindowCursor : PullCursor
{
    private readonly TimeWindowOptions _options;
    private readonly DateTimeOffset _horizon;
    private PageQuery? _next;

    public TimeWindowCursor(string? checkpoint, TimeWindowOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        options.Validate();
        _options = options;
        _horizon = time.GetUtcNow() - options.Lag;
        var resume = WindowCheckpoint.Parse(checkpoint);
        _next = resume switch
        {
            null => WindowFrom(options.BackfillFrom.ToUniversalTime()),
            { PageToken: { } token } => new PageQuery(resume.WindowStart, resume.WindowEnd, token),
            _ => WindowFrom(Max(resume.WindowStart, resume.WindowEnd - options.Overlap)),
        };
    }

    /// <summary>The latest time this run reads up to.</summary>
    public DateTimeOffset Horizon => _horizon;

    public override PageQuery? Next => _next;

    public override string PageDone(string? nextPageToken, bool hasMore)
    {
        var current = _next ?? throw new InvalidOperationException("The window walk is already done.");
        var start = current.UpdatedFrom!.Value;
        var end = current.UpdatedTo!.Value;
        if (hasMore && nextPageToken is not null)
        {
            _next = current with { PageToken = nextPageToken };
            return new WindowCheckpoint(start, end, nextPageToken).ToString();
        }

        _next = end < _horizon ? WindowFrom(end) : null;
        return new WindowCheckpoint(start, end).ToString();
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private PageQuery? WindowFrom(DateTimeOffset start)
    {
        if (start >= _horizon)
        {
            return null;
        }

        var end = start + _options.MaxWindow;
        return new PageQuery(start, end < _horizon ? end : _horizon, null);
    }
}
