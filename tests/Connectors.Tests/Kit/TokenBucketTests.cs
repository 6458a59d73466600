using CrossBorderHub.Connectors.Kit.Http;
using Microsoft.Extensions.Time.Testing;

namespace CrossBorderHub.Connectors.Tests.Kit;

public sealed class TokenBucketTests
{
    private const string RateHeader = "x-amzn-RateLimit-Limit";

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task A_full_bucket_serves_its_burst_at_once_then_waits_for_the_published_rate()
    {
        var bucket = new TokenBucket(_time, capacity: 20, ratePerSecond: 0.5);

        for (var i = 0; i < 20; i++)
        {
            Assert.True(bucket.AcquireAsync(1, CancellationToken.None).AsTask().IsCompletedSuccessfully);
        }

        var next = bucket.AcquireAsync(1, CancellationToken.None).AsTask();
        _time.Advance(TimeSpan.FromSeconds(1.9));
        await Task.Yield();
        Assert.False(next.IsCompleted);

        _time.Advance(TimeSpan.FromSeconds(0.1));
        await next.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(0, bucket.Available, precision: 6);
    }

    [Fact]
    public void A_rate_header_corrects_the_rate_and_a_missing_or_bad_one_changes_nothing()
    {
        var bucket = new TokenBucket(_time, 20, 0.0167, "amazon", RateHeaders.RatePerSecond(RateHeader));

        using var slower = Answer("0.5");
        bucket.Observe(slower);
        Assert.Equal(0.5, bucket.RatePerSecond);

        using var none = new HttpResponseMessage();
        using var garbled = Answer("fast");
        using var negative = Answer("-3");
        bucket.Observe(none);
        bucket.Observe(garbled);
        bucket.Observe(negative);
        Assert.Equal(0.5, bucket.RatePerSecond);
    }

    [Fact]
    public async Task After_a_correction_the_wait_follows_the_new_rate()
    {
        var bucket = new TokenBucket(_time, 1, 0.1, "amazon", RateHeaders.RatePerSecond(RateHeader));
        await bucket.AcquireAsync(1, CancellationToken.None);
        Assert.Equal(TimeSpan.FromSeconds(10), bucket.TimeUntil(1));

        using var faster = Answer("2");
        bucket.Observe(faster);

        Assert.Equal(TimeSpan.FromSeconds(0.5), bucket.TimeUntil(1));
    }

    [Fact]
    public void A_marketplaces_own_figures_replace_the_estimate_and_refunds_never_overfill()
    {
        var bucket = new TokenBucket(_time, 2000, 100);

        bucket.Correct(new RateCorrection(Capacity: 1000, Available: 150, RatePerSecond: 50));
        Assert.Equal((1000d, 150d, 50d), (bucket.Capacity, bucket.Available, bucket.RatePerSecond));

        _time.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(250, bucket.Available, precision: 6);

        bucket.Refund(5000);
        Assert.Equal(1000, bucket.Available, precision: 6);
    }

    [Fact]
    public async Task A_call_bigger_than_the_whole_bucket_is_rejected_rather_than_waiting_forever()
    {
        var bucket = new TokenBucket(_time, 10, 1, "fake");

        var failure = await Assert.ThrowsAsync<MarketplaceException>(() => bucket.AcquireAsync(11, CancellationToken.None).AsTask());

        Assert.Equal((MarketplaceFailureKind.Rejected, "fake"), (failure.Kind, failure.Marketplace));
    }

    [Fact]
    public void Budgets_are_kept_per_store_and_operation()
    {
        var made = 0;
        var budgets = new RateBudgets<TokenBucket>(_ =>
        {
            made++;
            return new TokenBucket(_time, 20, 0.0167);
        });

        var orders = budgets.For(new RateBudgetKey("store-1", "getOrders"));

        Assert.Same(orders, budgets.For(new RateBudgetKey("store-1", "getOrders")));
        Assert.NotSame(orders, budgets.For(new RateBudgetKey("store-1", "getOrderItems")));
        Assert.NotSame(orders, budgets.For(new RateBudgetKey("store-2", "getOrders")));
        Assert.Equal(3, made);
    }

    private static HttpResponseMessage Answer(string rate)
    {
        var response = new HttpResponseMessage();
        response.Headers.TryAddWithoutValidation(RateHeader, rate);
        return response;
    }
}
