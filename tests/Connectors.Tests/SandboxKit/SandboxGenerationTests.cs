using CrossBorderHub.Connectors.SandboxKit;

namespace CrossBorderHub.Connectors.Tests.SandboxKit;

public sealed class SandboxGenerationTests
{
    [Fact]
    public void A_record_draws_the_same_values_whatever_else_was_generated()
    {
        var alone = SandboxRandom.For(7, 123_456, 1).Next();
        _ = Enumerable.Range(0, 1000).Select(i => SandboxRandom.For(7, i, 1).Next()).ToList();

        Assert.Equal(alone, SandboxRandom.For(7, 123_456, 1).Next());
        Assert.NotEqual(alone, SandboxRandom.For(8, 123_456, 1).Next());
        Assert.NotEqual(alone, SandboxRandom.For(7, 123_456, 2).Next());
    }

    [Fact]
    public void Records_arrive_one_interval_apart_and_exist_once_the_clock_reaches_them()
    {
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var arrivals = new SandboxArrivals(start, TimeSpan.FromSeconds(3), Count: 1_000_000);

        Assert.Equal(start + TimeSpan.FromSeconds(30), arrivals.CreatedAt(10));
        Assert.Equal(0, arrivals.VisibleCount(start - TimeSpan.FromTicks(1)));
        Assert.Equal(1, arrivals.VisibleCount(start));
        Assert.Equal(11, arrivals.VisibleCount(start + TimeSpan.FromSeconds(32)));
        Assert.Equal(1_000_000, arrivals.VisibleCount(DateTimeOffset.MaxValue));
    }

    [Fact]
    public void A_touched_record_takes_its_new_time_and_the_snapshot_stays_sorted()
    {
        var updates = new SandboxUpdates();
        var created = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

        updates.Touch(5, created.AddDays(2));
        updates.Touch(9, created.AddDays(1));

        Assert.Equal(created.AddDays(2), updates.UpdatedAt(5, created));
        Assert.Equal(created, updates.UpdatedAt(6, created));
        Assert.True(updates.IsTouched(9));
        Assert.Equal([9, 5], updates.Snapshot().Select(k => k.Index));
    }
}
