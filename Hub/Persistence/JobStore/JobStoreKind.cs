namespace CrossBorderHub.Persistence.JobStore;

/// <summary>Values of <c>JobStore:Kind</c>.</summary>
public enum JobStoreKind
{
    /// <summary>Quartz's tables in the hub's own database: schedules survive restarts and several hubs can share them.</summary>
    Database = 0,

    /// <summary>Quartz in memory: fast, for tests; nothing survives a restart, and a second hub would run everything again.</summary>
    Memory = 1,
}
