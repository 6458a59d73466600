namespace CrossBorderHub.Hub.Apis;

/// <summary>A store was removed; <see cref="Purged"/> when its synced data was deleted too.</summary>
public sealed record StoreRemoved(Guid Id, bool Purged);
