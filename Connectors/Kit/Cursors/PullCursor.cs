namespace CrossBorderHub.Connectors.Kit.Cursors;

/// <summary>
/// How one run of a pull walks the marketplace, built from the stored checkpoint. The pull loop asks
/// <see cref="Next"/> for each page, reports the updated-at of every record it sees and, after each page,
/// calls <see cref="PageDone"/> for the checkpoint to store with that page.
/// </summary>
public abstract class PullCursor
{
    /// <summary>The page to fetch next, or null when the run is done.</summary>
    public abstract PageQuery? Next { get; }

    /// <summary>A record on the current page was last updated at <paramref name="updatedAt"/>.</summary>
    public virtual void Saw(DateTimeOffset updatedAt)
    {
    }

    /// <summary>The current page was read; returns the checkpoint to resume after it and moves <see cref="Next"/> on.</summary>
    public abstract string PageDone(string? nextPageToken, bool hasMore);
}
