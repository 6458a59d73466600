using CrossBorderHub.Scheduler.Outbox;

namespace CrossBorderHub.Hub.Tests;

public sealed class OutboxOptionsTests
{
    [Fact]
    public void The_wait_after_a_transient_failure_doubles_from_the_base_delay_up_to_the_cap()
    {
        var options = new OutboxOptions { RetryBaseDelay = TimeSpan.FromSeconds(5), RetryMaxDelay = TimeSpan.FromSeconds(30) };

        var waits = Enumerable.Range(1, 6).Select(options.DelayAfter).ToList();

        Assert.Equal([5, 10, 20, 30, 30, 30], waits.Select(w => w.TotalSeconds));
    }
}
