using CrossBorderHub.Scheduler;
using CrossBorderHub.Scheduler.Fairness;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CrossBorderHub.Hub.Tests.Fairness;

public sealed class QueueLagMonitorTests
{
    [Fact]
    public void The_worst_lag_counts_for_the_window_and_then_drops_out()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero));
        var monitor = new QueueLagMonitor(clock, Options.Create(new SyncOptions { QueueLagWindow = TimeSpan.FromMinutes(5) }));
        var slow = Guid.NewGuid();

        Assert.Null(monitor.Worst());
        monitor.Record(slow, TimeSpan.FromSeconds(90));
        clock.Advance(TimeSpan.FromMinutes(1));
        monitor.Record(Guid.NewGuid(), TimeSpan.FromSeconds(2));

        Assert.Equal(new QueueLagSample(clock.GetUtcNow() - TimeSpan.FromMinutes(1), slow, TimeSpan.FromSeconds(90)), monitor.Worst());
        clock.Advance(TimeSpan.FromMinutes(4) + TimeSpan.FromSeconds(1));
        Assert.Equal(TimeSpan.FromSeconds(2), monitor.Worst()!.Lag);
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Null(monitor.Worst());
    }
}
