using System.Diagnostics.Metrics;
using CrossBorderHub.Mapping.Canonical;
using CrossBorderHub.Scheduler.Ports;

namespace CrossBorderHub.Scheduler.Metrics;

/// <summary>
/// The scheduler's OpenTelemetry instruments (meter <see cref="MeterName"/>): runs and their durations by status and
/// entity, records by outcome, errors by failure kind, time spent waiting for rate budget, and queue lag.
/// </summary>
public sealed class SyncMetrics
{
    public const string MeterName = "CrossBorderHub.Sync";

    private readonly Counter<long> _runs;
    private readonly Histogram<double> _durations;
    private readonly Counter<long> _records;
    private readonly Counter<long> _errors;
    private readonly Counter<double> _throttleWait;
    private readonly Histogram<double> _queueLag;

    public SyncMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(MeterName);
        _runs = meter.CreateCounter<long>("cbh.sync.runs", "{run}", "Sync runs finished, by status and entity.");
        _durations = meter.CreateHistogram<double>("cbh.sync.run.duration", "s", "How long sync runs took, by status and entity.");
        _records = meter.CreateCounter<long>("cbh.sync.records", "{record}", "Records a sync wrote, by outcome (upserted, stale, quarantined) and entity.");
        _errors = meter.CreateCounter<long>("cbh.sync.errors", "{run}", "Failed sync runs, by failure kind.");
        _throttleWait = meter.CreateCounter<double>("cbh.sync.throttle.wait", "s", "Time sync runs waited for the marketplace's rate budget.");
        _queueLag = meter.CreateHistogram<double>("cbh.sync.queue.lag", "s", "Time between a sync trigger's scheduled fire and its run's start.");
    }

    public void RunFinished(SyncEntity entity, SyncRunOutcome outcome, SyncRunCounts counts, TimeSpan duration)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(counts);
        var entityTag = new KeyValuePair<string, object?>("entity", SyncEntities.Name(entity));
        var statusTag = new KeyValuePair<string, object?>("status", outcome.Status.ToString());
        _runs.Add(1, entityTag, statusTag);
        _durations.Record(duration.TotalSeconds, entityTag, statusTag);
        _records.Add(counts.Upserted, entityTag, new("outcome", "upserted"));
        _records.Add(counts.Stale, entityTag, new("outcome", "stale"));
        _records.Add(counts.Quarantined, entityTag, new("outcome", "quarantined"));
        _throttleWait.Add(counts.ThrottleWait.TotalSeconds, entityTag);
        if (outcome.Status == SyncRunStatus.Failed)
        {
            _errors.Add(1, entityTag, new("kind", outcome.FailureKind is { } kind ? kind.ToString() : "Other"));
        }
    }

    public void QueueLag(TimeSpan lag) => _queueLag.Record(Math.Max(0, lag.TotalSeconds));
}
