using CrossBorderHub.Connectors.SandboxKit;
using Microsoft.Extensions.Time.Testing;

namespace CrossBorderHub.Connectors.Tests.SandboxKit;

public sealed class SandboxBucketTests
{
    [Fact]
    public void A_request_the_bucket_cannot_cover_is_refused_until_the_points_are_restored()
    {
        var clock = new FakeTimeProvider();
        var bucket = new SandboxBucket(new SandboxRateLimit(Capacity: 100, RestorePerSecond: 10), clock);

        Assert.Equal((true, 40d), bucket.TryTake(60));
        Assert.Equal((false, 40d), bucket.TryTake(50));
        Assert.Equal(TimeSpan.FromSeconds(1), bucket.WaitFor(50));

        clock.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal((true, 0d), bucket.TryTake(50));
    }

    [Fact]
    public void Restored_and_refunded_points_never_exceed_the_capacity()
    {
        var clock = new FakeTimeProvider();
        var bucket = new SandboxBucket(new SandboxRateLimit(Capacity: 100, RestorePerSecond: 10), clock);
        bucket.TryTake(30);

        Assert.Equal(90, bucket.Refund(20));
        Assert.Equal(100, bucket.Refund(50));

        clock.Advance(TimeSpan.FromHours(1));

        Assert.Equal((true, 0d), bucket.TryTake(100));
    }

    [Fact]
    public void A_token_bucket_of_one_point_per_call_allows_its_burst_then_its_rate()
    {
        var clock = new FakeTimeProvider();
        var bucket = new SandboxBucket(new SandboxRateLimit(Capacity: 5, RestorePerSecond: 2), clock);

        var burst = Enumerable.Range(0, 10).Count(_ => bucket.TryTake(1).Taken);
        clock.Advance(TimeSpan.FromSeconds(1));
        var nextSecond = Enumerable.Range(0, 10).Count(_ => bucket.TryTake(1).Taken);

        Assert.Equal(5, burst);
        Assert.Equal(2, nextSecond);
    }

    [Fact]
    public void A_bucket_that_is_off_takes_anything()
    {
        var bucket = new SandboxBucket(SandboxRateLimit.Off with { Capacity = 10 }, new FakeTimeProvider());

        Assert.True(bucket.TryTake(1_000_000).Taken);
        Assert.Equal(TimeSpan.Zero, bucket.WaitFor(1_000_000));
    }

    [Fact]
    public void A_refused_token_stays_refused_until_restored()
    {
        var authorization = new SandboxAuthorization("good-token");

        Assert.True(authorization.Accepts("good-token"));
        Assert.False(authorization.Accepts("other-token"));
        Assert.False(authorization.Accepts(null));

        authorization.Refuse();

        Assert.True(authorization.IsRefusing);
        Assert.False(authorization.Accepts("good-token"));

        authorization.Restore();

        Assert.True(authorization.Accepts("good-token"));
    }

    [Theory]
    [InlineData(0.2, "1")]
    [InlineData(2.0, "2")]
    [InlineData(2.1, "3")]
    [InlineData(1_000_000.0, "3600")]
    public void A_throttled_answer_names_the_wait_in_whole_seconds_rounded_up(double waitSeconds, string retryAfter)
    {
        var answer = SandboxResponses.Throttled(TimeSpan.FromSeconds(waitSeconds), "{\"error\":\"QuotaExceeded\"}");

        Assert.Equal(429, answer.StatusCode);
        Assert.Equal(retryAfter, answer.Headers!["Retry-After"].ToString());
    }

    [Fact]
    public void An_overdrawn_token_bucket_says_how_long_until_the_next_call_fits()
    {
        var bucket = new SandboxBucket(new SandboxRateLimit(Capacity: 1, RestorePerSecond: 0.5), new FakeTimeProvider());
        bucket.TryTake(1);

        Assert.False(bucket.TryTake(1).Taken);
        Assert.Equal(TimeSpan.FromSeconds(2), bucket.WaitFor(1));
    }
}
