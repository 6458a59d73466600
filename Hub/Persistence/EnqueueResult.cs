namespace CrossBorderHub.Persistence;

/// <summary>What enqueueing did, and the command that answers the request (the earlier one for a replay or a reused key).</summary>
public sealed record EnqueueResult(EnqueueOutcome Outcome, CommandView Command);
