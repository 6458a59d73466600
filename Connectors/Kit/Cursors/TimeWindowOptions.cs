namespace CrossBorderHub.Connectors.Kit.Cursors;

/// <summary>
/// A marketplace that accepts only bounded date ranges: a backfill starts at <see cref="BackfillFrom"/> and walks
/// windows of at most <see cref="MaxWindow"/> (Shopee 15 days, Amazon reports 30) up to now minus <see cref="Lag"/>
/// (how long the marketplace takes to show a change). A run after a finished window starts <see cref="Overlap"/> before its end.
/// </summary>
public sealed record TimeWindowOptions(DateTimeOffset BackfillFrom, TimeSpan MaxWindow, TimeSpan Lag, TimeSpan Overlap = default)
{
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(MaxWindow, TimeSpan.Zero, nameof(MaxWindow));
        ArgumentOutOfRangeException.ThrowIfLessThan(Lag, TimeSpan.Zero, nameof(Lag));
        ArgumentOutOfRangeException.ThrowIfLessThan(Overlap, TimeSpan.Zero, nameof(Overlap));
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(Overlap, MaxWindow, nameof(Overlap));
    }
}
