using CrossBorderHub.Mapping.Canonical;
using CrossBorderHub.Persistence;

namespace CrossBorderHub.Hub.Apis.Resources;

public sealed record InventoryResource(
    Guid Id,
    Guid StoreId,
    string Sku,
    string LocationId,
    string? LocationName,
    LocationKind LocationKind,
    int Available,
    int? OnHand,
    DateTimeOffset UpdatedAt)
{
    public static InventoryResource From(InventoryView view)
    {
        var l = view.Level;
        return new InventoryResource(view.Id, view.StoreId, l.Sku, l.LocationId, l.LocationName, l.LocationKind, l.Available, l.OnHand, l.UpdatedAt);
    }
}
