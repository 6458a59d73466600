using CrossBorderHub.Mapping.Canonical;
using CrossBorderHub.Mapping.Ports;

namespace CrossBorderHub.Persistence.Tests.Infrastructure;

/// <summary>Builders for canonical records and pages.</summary>
public static class Build
{
    public static readonly DateTimeOffset T0 = new(2025, 2, 1, 8, 0, 0, TimeSpan.Zero);

    public static CanonicalOrder Order(string id, DateTimeOffset? updatedAt = null, OrderStatus status = OrderStatus.Pending, int quantity = 1) => new()
    {
        MarketplaceOrderId = id,
        OrderNumber = "#" + id,
        Status = status,
        MarketplaceStatus = status.ToString().ToUpperInvariant(),
        PlacedAt = T0.AddHours(-1),
        UpdatedAt = updatedAt ?? T0,
        Currency = "USD",
        Totals = new OrderTotals
        {
            Items = new Money(19.99m * quantity, "USD"),
            Shipping = new Money(4.50m, "USD"),
            Tax = new Money(1.20m, "USD"),
            Discounts = Money.Zero("USD"),
            Total = new Money((19.99m * quantity) + 5.70m, "USD"),
        },
        Buyer = new Buyer { Name = "Ada Lovelace", Email = "ada@example.com" },
        ShippingAddress = new Address { Line1 = "1 Main St", City = "Berlin", CountryCode = "DE", PostalCode = "10115" },
        Lines =
        [
            new OrderLine
            {
                MarketplaceLineId = id + "-1",
                Sku = "SKU-1",
                Title = "Mug",
                Quantity = quantity,
                UnitPrice = new Money(19.99m, "USD"),
                Tax = new Money(1.20m, "USD"),
                Discount = Money.Zero("USD"),
            },
        ],
        Flags = OrderFlags.None,
        FulfilmentChannel = FulfilmentChannel.Merchant,
    };

    public static CanonicalProduct Product(string id, DateTimeOffset? updatedAt = null, string title = "Mug") => new()
    {
        MarketplaceProductId = id,
        Title = title,
        Brand = "Acme",
        Status = ListingStatus.Active,
        MarketplaceStatus = "active",
        UpdatedAt = updatedAt ?? T0,
        Variants =
        [
            new ProductVariant
            {
                MarketplaceVariantId = id + "-v1",
                Sku = "SKU-" + id,
                Price = new Money(12.50m, "EUR"),
                Weight = new Weight(350m, WeightUnit.Grams),
                Dimensions = new Dimensions(10m, 8m, 12m, LengthUnit.Centimetres),
                HsCode = "691200",
                CountryOfOrigin = "CN",
            },
        ],
    };

    public static InventoryLevel Level(string sku, string location, int available, DateTimeOffset? updatedAt = null) => new()
    {
        Sku = sku,
        LocationId = location,
        LocationName = "Warehouse " + location,
        LocationKind = LocationKind.OwnWarehouse,
        Available = available,
        OnHand = available + 2,
        UpdatedAt = updatedAt ?? T0,
    };

    public static PageWrite<T> Page<T>(Guid storeId, SyncEntity entity, string checkpoint, params T[] items) =>
        new(storeId, entity, Guid.NewGuid(), items, [], checkpoint);
}
