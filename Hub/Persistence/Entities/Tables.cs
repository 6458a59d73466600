namespace CrossBorderHub.Persistence.Entities;

/// <summary>Table names, shared by the EF model and the hand-written upsert SQL.</summary>
internal static class Tables
{
    public const string Sellers = "sellers";
    public const string Stores = "stores";
    public const string StoreCredentials = "store_credentials";
    public const string Orders = "orders";
    public const string Products = "products";
    public const string Inventory = "inventory";
    public const string Checkpoints = "sync_checkpoints";
    public const string Quarantine = "quarantine";
    public const string SyncRuns = "sync_runs";
    public const string ChangeCounters = "change_counters";
    public const string Commands = "commands";
    public const string ApiKeys = "api_keys";
    public const string SyncSchedules = "sync_schedules";
    public const string ConsentAuthorizations = "consent_authorizations";
}
