using System.Globalization;
using CrossBorderHub.Scheduler.Ports;

namespace CrossBorderHub.Hub.Dashboard.Data;

/// <summary>
/// Records synced per run over time, oldest on the left, drawn as inline SVG bars; failed runs get a full-height red
/// bar so they show even when they synced nothing.
/// </summary>
public sealed record RunChart(IReadOnlyList<ChartBar> Bars, int MaxRecords, int Failures, DateTimeOffset? First, DateTimeOffset? Last)
{
    public const double Width = 720;
    public const double Height = 160;
    private const double Gap = 2;

    public static RunChart From(IReadOnlyList<SyncRun> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var finished = runs.Where(r => r.FinishedAt is not null).OrderBy(r => r.FinishedAt).ToList();
        if (finished.Count == 0)
        {
            return new RunChart([], 0, 0, null, null);
        }

        var max = Math.Max(1, finished.Max(Records));
        var slot = Width / finished.Count;
        var bars = new List<ChartBar>(finished.Count);
        for (var i = 0; i < finished.Count; i++)
        {
            var run = finished[i];
            var failed = run.Status == SyncRunStatus.Failed;
            var height = failed ? Height : Math.Max(1, Height * Records(run) / max);
            var title = string.Create(
                CultureInfo.InvariantCulture,
                $"{run.FinishedAt:yyyy-MM-dd HH:mm:ss} {run.Entity}: {Records(run)} records{(failed ? ", failed" : "")}");
            bars.Add(new ChartBar(i * slot, Height - height, Math.Max(1, slot - Gap), height, failed, title));
        }

        return new RunChart(bars, max, finished.Count(r => r.Status == SyncRunStatus.Failed), finished[0].FinishedAt, finished[^1].FinishedAt);
    }

    private static int Records(SyncRun run) => run.Counts.Upserted;
}
