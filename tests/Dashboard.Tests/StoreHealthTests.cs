using CrossBorderHub.Hub.Dashboard.Data;
using CrossBorderHub.Mapping.Canonical;
using CrossBorderHub.Scheduler.Ports;

namespace CrossBorderHub.Dashboard.Tests;

public sealed class StoreHealthTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 25, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Failures_in_a_row_count_back_to_the_newest_success_and_running_runs_do_not_break_the_streak()
    {
        var newestFirst = new[]
        {
            Run(5, SyncRunStatus.Running),
            Run(4, SyncRunStatus.Failed, "refused"),
            Run(3, SyncRunStatus.Failed, "timed out"),
            Run(2, SyncRunStatus.Succeeded),
            Run(1, SyncRunStatus.Failed, "old"),
        };

        var health = StoreHealth.From(newestFirst);

        Assert.Equal(2, health.ConsecutiveFailures);
        Assert.Equal(Start.AddMinutes(2), health.LastSuccess);
        Assert.Equal(Start.AddMinutes(4), health.LastFailure);
        Assert.Equal("refused", health.LastError);
    }

    [Fact]
    public void A_store_that_never_ran_has_no_success_no_failure_and_no_streak()
    {
        var health = StoreHealth.From([Run(1, SyncRunStatus.Queued)]);

        Assert.Equal(new StoreHealth(null, null, 0, null), health);
    }

    [Fact]
    public void The_chart_draws_finished_runs_oldest_first_scaled_to_the_largest_with_failures_full_height()
    {
        var chart = RunChart.From([Run(3, SyncRunStatus.Failed, "refused"), Run(2, SyncRunStatus.Succeeded, upserted: 50), Run(1, SyncRunStatus.Succeeded, upserted: 100), Run(4, SyncRunStatus.Running)]);

        Assert.Equal(3, chart.Bars.Count);
        Assert.Equal(100, chart.MaxRecords);
        Assert.Equal(1, chart.Failures);
        Assert.Equal(RunChart.Height, chart.Bars[0].Height);
        Assert.Equal(RunChart.Height / 2, chart.Bars[1].Height);
        Assert.True(chart.Bars[2].Failed);
        Assert.Equal(RunChart.Height, chart.Bars[2].Height);
        Assert.True(chart.Bars[0].X < chart.Bars[1].X && chart.Bars[1].X < chart.Bars[2].X);
        Assert.Equal(Start.AddMinutes(1), chart.First);
        Assert.Equal(Start.AddMinutes(3), chart.Last);
    }

    private static SyncRun Run(int minute, SyncRunStatus status, string? error = null, int upserted = 0)
    {
        var at = Start.AddMinutes(minute);
        var finished = status is SyncRunStatus.Succeeded or SyncRunStatus.Failed ? at : (DateTimeOffset?)null;
        return new SyncRun(Guid.NewGuid(), Guid.Empty, SyncEntity.Orders, status, "schedule", at.AddSeconds(-30), at.AddSeconds(-20), finished,
            new SyncRunCounts(1, upserted, 0, 0, 0), error);
    }
}
