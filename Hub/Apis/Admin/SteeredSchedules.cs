namespace CrossBorderHub.Hub.Apis.Admin;

/// <summary>How many (store, entity) schedules a pause or resume reached, and whether they are now paused.</summary>
public sealed record SteeredSchedules(int Schedules, bool Paused);
