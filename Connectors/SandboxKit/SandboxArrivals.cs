namespace CrossBorderHub.Connectors.SandboxKit;

/// <summary>
/// Records that arrive on a schedule: record i is created at <see cref="StartAt"/> + i × <see cref="Interval"/> and
/// exists once the clock reaches that moment, so a demo store keeps receiving orders and a test clock sees them all.
/// </summary>
public sealed record SandboxArrivals(DateTimeOffset StartAt, TimeSpan Interval, int Count)
{
    public DateTimeOffset CreatedAt(int index) => StartAt + (Interval * index);

    /// <summary>How many records exist at <paramref name="now"/> (created at or before it).</summary>
    public int VisibleCount(DateTimeOffset now)
    {
        if (now < StartAt)
        {
            return 0;
        }

        if (Interval <= TimeSpan.Zero)
        {
            return Count;
        }

        var count = ((now - StartAt).Ticks / Interval.Ticks) + 1;
        return (int)Math.Min(count, Count);
    }
}
