namespace CrossBorderHub.Persistence;

/// <summary>What processing a stored push did.</summary>
public enum WebhookOutcome
{
    /// <summary>The syncs it calls for were started, or joined a run of the same kind already waiting.</summary>
    SyncStarted = 1,

    /// <summary>It calls for no sync this store's connector can run (e.g. a test push, a topic the hub does not pull).</summary>
    NothingToSync = 2,

    /// <summary>The store was paused, waiting for re-authorization or removed by then; its schedule catches up later.</summary>
    StoreNotActive = 3,

    /// <summary>Starting a sync failed; scheduled polling brings the change in.</summary>
    Failed = 4,
}
