namespace CrossBorderHub.Connectors.Kit.Http;

/// <summary>
/// A token bucket on a <see cref="TimeProvider"/>: holds up to <c>capacity</c> permits (the burst) and restores
/// <c>ratePerSecond</c>. Acquiring waits until the bucket holds the permits. Answers correct the estimate: Shopify's
/// throttleStatus gives all three figures; a rate header (Amazon's x-amzn-RateLimit-Limit) gives the rate, through
/// <paramref name="correctionFrom"/>. Inside a <see cref="RateBudgetScope"/>, a wait longer than the scope allows throws
/// instead, with the time until the bucket is full again.
/// </summary>
public sealed class TokenBucket(
    TimeProvider timeProvider,
    double capacity,
    double ratePerSecond,
    string marketplace = "",
    Func<HttpResponseMessage, RateCorrection?>? correctionFrom = null) : IRateBudget
{
    private readonly Lock _gate = new();
    private double _capacity = capacity > 0 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity));
    private double _rate = ratePerSecond > 0 ? ratePerSecond : throw new ArgumentOutOfRangeException(nameof(ratePerSecond));
    private double _available = capacity;
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

    public double Capacity
    {
        get
        {
            lock (_gate)
            {
                return _capacity;
            }
        }
    }

    public double RatePerSecond
    {
        get
        {
            lock (_gate)
            {
                return _rate;
            }
        }
    }

    public async ValueTask AcquireAsync(int permits, CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            lock (_gate)
            {
                if (permits > _capacity)
                {
                    throw new MarketplaceException(
                        MarketplaceFailureKind.Rejected, marketplace, "RATE_BUDGET_EXCEEDED", $"A call needing {permits} permits can never fit a bucket of {_capacity}.");
                }

                Refill();
                if (_available >= permits)
                {
                    _available -= permits;
                    return;
                }

                wait = TimeSpan.FromSeconds((permits - _available) / _rate);
            }

            if (RateBudgetScope.Current is { } scope && wait > scope.MaxWait)
            {
                // Back when the bucket is full: the next run gets the whole burst, and no restored permit is lost meanwhile.
                throw new RateBudgetExhaustedException(marketplace, TimeUntil(Capacity));
            }

            await Task.Delay(wait, timeProvider, cancellationToken);
        }
    }

    public void Refund(int permits)
    {
        lock (_gate)
        {
            Refill();
            _available = Math.Min(_capacity, _available + permits);
        }
    }

    public void Observe(HttpResponseMessage response)
    {
        if (correctionFrom?.Invoke(response) is { } correction)
        {
            Correct(correction);
        }
    }

    /// <summary>Takes the marketplace's own figures; an unset or non-positive capacity or rate keeps the estimate.</summary>
    public void Correct(RateCorrection correction)
    {
        ArgumentNullException.ThrowIfNull(correction);
        lock (_gate)
        {
            Refill();
            _capacity = correction.Capacity is > 0 ? correction.Capacity.Value : _capacity;
            _rate = correction.RatePerSecond is > 0 ? correction.RatePerSecond.Value : _rate;
            _available = Math.Min(_capacity, correction.Available is { } available ? Math.Max(0, available) : _available);
        }
    }

    /// <summary>Time until the bucket holds <paramref name="permits"/>.</summary>
    public TimeSpan TimeUntil(double permits)
    {
        lock (_gate)
        {
            Refill();
            return TimeSpan.FromSeconds(Math.Max(0, (permits - _available) / _rate));
        }
    }

    private void Refill()
    {
        var now = timeProvider.GetUtcNow();
        _available = Math.Min(_capacity, _available + ((now - _asOf).TotalSeconds * _rate));
        _asOf = now;
    }
}
