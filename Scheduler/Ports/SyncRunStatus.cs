namespace CrossBorderHub.Scheduler.Ports;

public enum SyncRunStatus
{
    Queued = 0,
    Running = 1,
    Succeeded = 2,
    Failed = 3,

    /// <summary>The hub stopped (or its process died) before the run finished; the next run resumes from the last committed page.</summary>
    Interrupted = 4,

    /// <summary>Stopped early with its pages committed, because the rate budget ran out; a run queued for when it refills resumes from the checkpoint.</summary>
    Deferred = 5,
}
