using CrossBorderHub.Connectors;
using CrossBorderHub.Mapping.Canonical;

namespace CrossBorderHub.Scheduler;

/// <summary>Which capability each sync entity needs, and the entity names the API and logs use.</summary>
public static class SyncEntities
{
    public static IReadOnlyList<SyncEntity> All { get; } = [SyncEntity.Orders, SyncEntity.Catalog, SyncEntity.Inventory];

    public static MarketplaceCapabilities RequiredCapability(SyncEntity entity) => entity switch
    {
        SyncEntity.Orders => MarketplaceCapabilities.PullOrders,
        SyncEntity.Catalog => MarketplaceCapabilities.PullCatalog,
        SyncEntity.Inventory => MarketplaceCapabilities.PullInventory,
        _ => throw new ArgumentOutOfRangeException(nameof(entity), entity, null),
    };

    public static string Name(SyncEntity entity) => entity.ToString().ToLowerInvariant();

    public static bool TryParse(string? text, out SyncEntity entity) =>
        Enum.TryParse(text, ignoreCase: true, out entity) && Enum.IsDefined(entity);
}
