using CrossBorderHub.Mapping.Canonical;
using Quartz;

namespace CrossBorderHub.Scheduler.Jobs;

/// <summary>One Quartz job per (store, entity): [DisallowConcurrentExecution] acts per job, so this key is what keeps a (store, entity) from running twice at once.</summary>
internal static class SyncJobKeys
{
    public const string Group = "sync";
    public const string StoreId = "storeId";
    public const string Entity = "entity";
    public const string RunId = "runId";
    public const string Attempt = "attempt";
    public const string BackfillFrom = "backfillFrom";

    /// <summary>Every run of a store counts against its own Quartz execution group, limited to <see cref="SyncOptions.MaxRunsPerStore"/>.</summary>
    public const string ExecutionGroupPrefix = "store:";

    /// <summary>The same group, as a template <see cref="SyncJob"/> declares for manual firings (read from the job's data).</summary>
    public const string ExecutionGroupTemplate = ExecutionGroupPrefix + "{" + StoreId + "}";

    public static JobKey For(Guid storeId, SyncEntity entity) => new($"{storeId:N}.{SyncEntities.Name(entity)}", Group);

    public static string ExecutionGroup(Guid storeId) => ExecutionGroupPrefix + storeId.ToString();

    public static TriggerKey ScheduleTrigger(Guid storeId, SyncEntity entity) => new($"{storeId:N}.{SyncEntities.Name(entity)}.schedule", Group);
}
