using CrossBorderHub.Mapping.Canonical;

namespace CrossBorderHub.Persistence.Entities;

internal sealed class InventoryRow
{
    public Guid Id { get; set; }
    public Guid StoreId { get; set; }
    public string Sku { get; set; } = "";
    public string LocationId { get; set; } = "";
    public string? LocationName { get; set; }
    public LocationKind LocationKind { get; set; }
    public int Available { get; set; }
    public int? OnHand { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public long Sequence { get; set; }
    public byte[] ContentHash { get; set; } = [];
}
