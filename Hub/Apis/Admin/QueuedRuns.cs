namespace CrossBorderHub.Hub.Apis.Admin;

public sealed record QueuedRuns(IReadOnlyList<Guid> RunIds);
