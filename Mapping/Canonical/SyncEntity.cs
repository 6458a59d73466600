namespace CrossBorderHub.Mapping.Canonical;

/// <summary>What a sync pulls. Each (store, entity) has its own checkpoint and schedule.</summary>
public enum SyncEntity
{
    Orders = 0,
    Catalog = 1,
    Inventory = 2,
}
