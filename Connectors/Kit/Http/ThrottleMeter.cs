namespace CrossBorderHub.Connectors.Kit.Http;

/// <summary>Adds up the time one pull's requests spent waiting for rate budget; the pull loop takes it per page.</summary>
public sealed class ThrottleMeter
{
    private long _ticks;

    public void Add(TimeSpan wait)
    {
        if (wait > TimeSpan.Zero)
        {
            Interlocked.Add(ref _ticks, wait.Ticks);
        }
    }

    /// <summary>The time added since the last call, resetting it to zero.</summary>
    public TimeSpan Take() => TimeSpan.FromTicks(Interlocked.Exchange(ref _ticks, 0));
}
