namespace CrossBorderHub.Hub.Apis;

public sealed record CreatedId(Guid Id);

public sealed record QueuedRun(Guid RunId);
