using CrossBorderHub.Mapping.Canonical;
using CrossBorderHub.Persistence.Entities;
using CrossBorderHub.Persistence.Json;

namespace CrossBorderHub.Persistence.Writes;

/// <summary>Column lists for the bulk writer; they must match the entity configurations (a test checks it).</summary>
internal static class CanonicalTables
{
    public static UpsertTable Checkpoints { get; } = new(
        Tables.Checkpoints, ["store_id", "entity", "value", "updated_at"], ["store_id", "entity"], Guarded: false);

    public static UpsertTable Quarantine { get; } = new(
        Tables.Quarantine,
        ["id", "store_id", "entity", "run_id", "marketplace_id", "raw_payload", "reason", "quarantined_at"],
        ["id"],
        Guarded: false);

    public static CanonicalEntity<CanonicalOrder> Orders { get; } = new(
        new UpsertTable(
            Tables.Orders,
            ["id", "store_id", "marketplace_order_id", "order_number", "status", "placed_at", "updated_at", "sequence", "content_hash", "document", "redacted_at"],
            ["store_id", "marketplace_order_id"],
            Guarded: true),
        ChangeCounters.Orders,
        o => o.MarketplaceOrderId,
        o => o.UpdatedAt,
        (o, storeId, id) =>
        {
            var (json, hash) = Documents.SerializeWithHash(o, HubJsonContext.Default.CanonicalOrder);
            return [id, storeId, o.MarketplaceOrderId, o.OrderNumber, o.Status, o.PlacedAt, VersionTime(o.UpdatedAt), null, hash, json, null];
        });

    public static CanonicalEntity<CanonicalProduct> Products { get; } = new(
        new UpsertTable(
            Tables.Products,
            ["id", "store_id", "marketplace_product_id", "title", "status", "updated_at", "sequence", "content_hash", "document"],
            ["store_id", "marketplace_product_id"],
            Guarded: true),
        ChangeCounters.Products,
        p => p.MarketplaceProductId,
        p => p.UpdatedAt,
        (p, storeId, id) =>
        {
            var (json, hash) = Documents.SerializeWithHash(p, HubJsonContext.Default.CanonicalProduct);
            return [id, storeId, p.MarketplaceProductId, p.Title, p.Status, VersionTime(p.UpdatedAt), null, hash, json];
        });

    public static CanonicalEntity<InventoryLevel> Inventory { get; } = new(
        new UpsertTable(
            Tables.Inventory,
            ["id", "store_id", "sku", "location_id", "location_name", "location_kind", "available", "on_hand", "updated_at", "sequence", "content_hash"],
            ["store_id", "sku", "location_id"],
            Guarded: true),
        ChangeCounters.Inventory,
        i => string.Concat(i.Sku, "\u001f", i.LocationId),
        i => i.UpdatedAt,
        (i, storeId, id) =>
        {
            var (_, hash) = Documents.SerializeWithHash(i, HubJsonContext.Default.InventoryLevel);
            return [id, storeId, i.Sku, i.LocationId, i.LocationName, i.LocationKind, i.Available, i.OnHand, VersionTime(i.UpdatedAt), null, hash];
        });

    /// <summary>
    /// Version times compare at millisecond precision on every provider (SQLite keeps no more), so an identical
    /// rewrite is recognised as identical everywhere; the document keeps the full value.
    /// </summary>
    public static DateTimeOffset VersionTime(DateTimeOffset value)
    {
        var utc = value.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
    }
}
