namespace CrossBorderHub.Connectors.Shopify.Http;

/// <summary>
/// The client's estimate of one store's leaky bucket. Before a query it waits (on the TimeProvider) until the
/// bucket holds the query's requested cost; every answer's throttleStatus resets the estimate to Shopify's figures.
/// </summary>
internal sealed class ShopifyCostBucket(TimeProvider timeProvider, double maximumAvailable, double restoreRate)
{
    private readonly Lock _gate = new();
    private double _maximum = maximumAvailable;
    private double _restoreRate = restoreRate;
    private double _available = maximumAvailable;
    private DateTimeOffset _asOf = timeProvider.GetUtcNow();

    public double Available
    {
        get
        {
            lock (_gate)
            {
                Refill();
                return _available;
            }
        }
    }

    public async ValueTask AcquireAsync(int cost, CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            lock (_gate)
            {
                if (cost > _maximum)
                {
                    throw new ShopifyGraphQLException(ShopifyConstants.ErrorCodes.MaxCostExceeded, $"A query costing {cost} points can never fit a bucket of {_maximum}.");
                }

                Refill();
                if (_available >= cost)
                {
                    _available -= cost;
                    return;
                }

                wait = TimeSpan.FromSeconds((cost - _available) / _restoreRate);
            }

            await Task.Delay(wait, timeProvider, cancellationToken);
        }
    }

    /// <summary>Takes Shopify's own figures after an answer (including the points an actual cost handed back).</summary>
    public void Observe(double maximumAvailable, double currentlyAvailable, double restoreRate)
    {
        lock (_gate)
        {
            _maximum = maximumAvailable;
            _restoreRate = restoreRate > 0 ? restoreRate : _restoreRate;
            _available = currentlyAvailable;
            _asOf = timeProvider.GetUtcNow();
        }
    }

    /// <summary>Gives back points reserved for an attempt Shopify never charged (5xx, 429 without cost, transport failure).</summary>
    public void Refund(int cost)
    {
        lock (_gate)
        {
            Refill();
            _available = Math.Min(_maximum, _available + cost);
        }
    }

    /// <summary>Seconds until the bucket holds <paramref name="cost"/> points.</summary>
    public double SecondsUntil(double cost)
    {
        lock (_gate)
        {
            Refill();
            return Math.Max(0, (cost - _available) / _restoreRate);
        }
    }

    private void Refill()
    {
        var now = timeProvider.GetUtcNow();
        _available = Math.Min(_maximum, _available + ((now - _asOf).TotalSeconds * _restoreRate));
        _asOf = now;
    }
}
