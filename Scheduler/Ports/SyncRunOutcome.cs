using CrossBorderHub.Connectors;

namespace CrossBorderHub.Scheduler.Ports;

/// <summary>
/// How a run ended; <see cref="FailureKind"/> says what kind of marketplace failure ended it, if one did, and
/// <see cref="ResumeAfter"/> how long a deferred run's budget needs to refill.
/// </summary>
public sealed record SyncRunOutcome(SyncRunStatus Status, MarketplaceFailureKind? FailureKind, string? Error, TimeSpan? ResumeAfter = null)
{
    public static SyncRunOutcome Succeeded { get; } = new(SyncRunStatus.Succeeded, null, null);
}
