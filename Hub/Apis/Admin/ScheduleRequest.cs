namespace CrossBorderHub.Hub.Apis.Admin;

/// <summary>A schedule edit: an interval in seconds or a Quartz cron expression (UTC), or neither for the default; paused or not.</summary>
public sealed record ScheduleRequest(double? IntervalSeconds, string? Cron, bool? Paused);
