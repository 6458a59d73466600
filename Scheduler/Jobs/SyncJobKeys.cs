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

    public static JobKey For(Guid storeId, SyncEntity entity) => new($"{storeId:N}.{SyncEntities.Name(entity)}", Group);

    public static TriggerKey ScheduleTrigger(Guid storeId, SyncEntity entity) => new($"{storeId:N}.{SyncEntities.Name(entity)}.schedule", Group);
}
