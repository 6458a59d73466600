namespace CrossBorderHub.Connectors.SandboxKit;

/// <summary>
/// The marketplace's side of a usage plan, on the sandbox's clock (so a test's fake clock restores it). A request that
/// finds too few points is answered throttled; how long until it would fit is what a Retry-After says.
/// </summary>
public sealed class SandboxBucket(SandboxRateLimit limit, TimeProvider timeProvider)
{
    private readonly Lock _gate = new();
    private double _available = limit.Capacity;
    private DateTimeOffset _asOf = timeProvider.GetUtcNow();

    public double Capacity => limit.Capacity;

    public double RestorePerSecond => limit.RestorePerSecond;

    public bool Enabled => limit.Enabled;

    /// <summary>Takes the cost when the bucket holds it; returns the points left (or available, when refused).</summary>
    public (bool Taken, double Available) TryTake(double cost)
    {
        lock (_gate)
        {
            Restore();
            if (!limit.Enabled)
            {
                return (true, limit.Capacity);
            }

            if (_available < cost)
            {
                return (false, _available);
            }

            _available -= cost;
            return (true, _available);
        }
    }

    /// <summary>Gives back points taken for a request whose answer cost less than charged; returns the points now available.</summary>
    public double Refund(double points)
    {
        lock (_gate)
        {
            if (!limit.Enabled)
            {
                return limit.Capacity;
            }

            _available = Math.Min(limit.Capacity, _available + points);
            return _available;
        }
    }

    /// <summary>How long until <paramref name="cost"/> points are available (zero when they are now or the bucket is off).</summary>
    public TimeSpan WaitFor(double cost)
    {
        lock (_gate)
        {
            Restore();
            if (!limit.Enabled || _available >= cost)
            {
                return TimeSpan.Zero;
            }

            return limit.RestorePerSecond <= 0
                ? TimeSpan.MaxValue
                : TimeSpan.FromSeconds((cost - _available) / limit.RestorePerSecond);
        }
    }

    private void Restore()
    {
        var now = timeProvider.GetUtcNow();
        _available = Math.Min(limit.Capacity, _available + ((now - _asOf).TotalSeconds * limit.RestorePerSecond));
        _asOf = now;
    }
}
