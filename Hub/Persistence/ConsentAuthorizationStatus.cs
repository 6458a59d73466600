namespace CrossBorderHub.Persistence;

/// <summary>Where a consent stands: waiting for its callback, done (a store), failed (why), or never used in time.</summary>
public enum ConsentAuthorizationStatus
{
    Pending = 0,
    Completed = 1,
    Failed = 2,
    Expired = 3,
}
