namespace CrossBorderHub.Scheduler.Ports;

/// <summary>The run a manual trigger stands for; <see cref="Created"/> is false when it joined a run already queued.</summary>
public sealed record QueuedRun(SyncRun Run, bool Created);
