namespace CrossBorderHub.Scheduler.Steering;

/// <summary>The run a backfill queued, and whether it starts from the date or re-reads everything (see <see cref="BackfillMode"/>).</summary>
public sealed record BackfillPlan(Guid RunId, BackfillMode Mode);
