using CrossBorderHub.Mapping.Canonical;

namespace CrossBorderHub.Persistence;

public sealed record InventoryView(Guid Id, Guid StoreId, long Sequence, InventoryLevel Level);
