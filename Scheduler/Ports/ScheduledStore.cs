namespace CrossBorderHub.Scheduler.Ports;

/// <summary>What scheduling needs of a store: no settings, no secrets. <see cref="Paused"/> stores keep their jobs, paused.</summary>
public sealed record ScheduledStore(Guid Id, string Marketplace, bool Paused);
