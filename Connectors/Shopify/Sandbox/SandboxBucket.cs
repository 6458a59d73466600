namespace CrossBorderHub.Connectors.Shopify.Sandbox;

/// <summary>The store's leaky bucket on the server side, on the sandbox's clock.</summary>
internal sealed class SandboxBucket(ShopifySandboxThrottle throttle, TimeProvider timeProvider)
{
    private readonly Lock _gate = new();
    private double _available = throttle.MaximumAvailable;
    private DateTimeOffset _asOf = timeProvider.GetUtcNow();

    public double Maximum => throttle.MaximumAvailable;

    public double RestoreRate => throttle.RestoreRate;

    /// <summary>Takes the cost when the bucket holds it; returns the points left (or available, when refused).</summary>
    public (bool Taken, double Available) TryTake(int cost)
    {
        lock (_gate)
        {
            var now = timeProvider.GetUtcNow();
            _available = Math.Min(throttle.MaximumAvailable, _available + ((now - _asOf).TotalSeconds * throttle.RestoreRate));
            _asOf = now;
            if (!throttle.Enabled)
            {
                return (true, throttle.MaximumAvailable);
            }

            if (_available < cost)
            {
                return (false, _available);
            }

            _available -= cost;
            return (true, _available);
        }
    }

    /// <summary>Gives back points taken for a query whose answer cost less than requested; returns the points now available.</summary>
    public double Refund(int points)
    {
        lock (_gate)
        {
            if (!throttle.Enabled)
            {
                return throttle.MaximumAvailable;
            }

            _available = Math.Min(throttle.MaximumAvailable, _available + points);
            return _available;
        }
    }
}
