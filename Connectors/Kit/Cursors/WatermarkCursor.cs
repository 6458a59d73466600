namespace CrossBorderHub.Connectors.Kit.Cursors;

/// <summary>
/// Updated-since paging: each run reads from the newest updated-at seen minus <c>overlap</c> (records updated while
/// the last run was reading) and follows page tokens to the end. With <c>pagesOrderedByUpdatedAt</c> false the pages
/// come in another order (e.g. id), so mid-run checkpoints keep the start filter and the page token.
/// </summary>
public sealed class WatermarkCursor : PullCursor
{
    private readonly bool _keepsPageToken;
    private readonly DateTimeOffset? _since;
    private DateTimeOffset? _newest;
    private PageQuery? _next;

    public WatermarkCursor(string? checkpoint, TimeSpan overlap, bool pagesOrderedByUpdatedAt = true)
    {
        var resume = WatermarkCheckpoint.Parse(checkpoint);
        _keepsPageToken = !pagesOrderedByUpdatedAt;
        _since = _keepsPageToken && resume.After is not null ? resume.Since : resume.UpdatedAt - overlap;
        _newest = resume.UpdatedAt;
        _next = new PageQuery(_since, null, _keepsPageToken ? resume.After : null);
    }

    public override PageQuery? Next => _next;

    /// <summary>The newest updated-at seen so far, the checkpoint's watermark.</summary>
    public DateTimeOffset? Newest => _newest;

    public override void Saw(DateTimeOffset updatedAt)
    {
        if (_newest is null || updatedAt > _newest)
        {
            _newest = updatedAt.ToUniversalTime();
        }
    }

    public override string PageDone(string? nextPageToken, bool hasMore)
    {
        var more = hasMore && nextPageToken is not null;
        _next = more ? new PageQuery(_since, null, nextPageToken) : null;
        var checkpoint = more && _keepsPageToken ? new WatermarkCheckpoint(_newest, _since, nextPageToken) : new WatermarkCheckpoint(_newest);
        return checkpoint.ToString();
    }
}
