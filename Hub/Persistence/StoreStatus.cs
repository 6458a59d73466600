namespace CrossBorderHub.Persistence;

/// <summary>Where a store stands: syncing, paused by an admin, waiting for new credentials, or removed (its data kept until purged).</summary>
public enum StoreStatus
{
    Active = 0,
    Paused = 1,
    NeedsReauthorization = 2,
    Removed = 3,
}
