using System.Globalization;
using CrossBorderHub.Connectors.SandboxKit;
using CrossBorderHub.Connectors.Shopify.Mapping;

namespace CrossBorderHub.Connectors.Shopify.Sandbox;

/// <summary>
/// The sandbox store's data, generated on demand from the seed: order i is computed from (seed, i), never stored,
/// so any volume costs no memory. Tests read the expected ids and keys here.
/// </summary>
public sealed partial class ShopifySandboxData
{
    private const long OrderIdBase = 5_100_000_000;
    private const int ProductIdBase = 8_000_000;
    private const int InventoryItemIdBase = 70_000_000;
    private static readonly string[] Countries = ["US", "GB", "DE", "FR", "JP", "AU", "CA", "SG", "NL", "BR"];
    private static readonly string[] Cities = ["Springfield", "London", "Berlin", "Lyon", "Osaka", "Perth", "Toronto", "Singapore", "Utrecht", "Recife"];
    private static readonly decimal[] TaxRates = [0.07m, 0.20m, 0.19m, 0.20m, 0.10m, 0.10m, 0.13m, 0.09m, 0.21m, 0.17m];
    private static readonly string[] ReturnWeights = [ShopifyEnums.Return.NoReturn, ShopifyEnums.Return.NoReturn, ShopifyEnums.Return.NoReturn, .. ShopifyEnums.Return.All];

    private readonly ShopifySandboxOptions _options;
    private readonly int[] _variantStart;
    private readonly SandboxArrivals _arrivals;
    private readonly SandboxUpdates _updates = new();
    private readonly SandboxRecordFaults<SandboxOrder, ShopifySandboxRecordFault> _recordFaults;

    internal ShopifySandboxData(ShopifySandboxOptions options)
    {
        _options = options;
        _arrivals = new SandboxArrivals(options.OrdersStartAt, options.OrderInterval, options.OrderCount);
        _recordFaults = new(options.Faults.OrderRecords, ApplyFault);
        _variantStart = new int[options.ProductCount + 1];
        for (var j = 0; j < options.ProductCount; j++)
        {
            _variantStart[j + 1] = _variantStart[j] + VariantCount(j);
        }

        Locations = Enumerable.Range(0, options.LocationCount)
            .Select(k => new SandboxLocation(
                $"gid://shopify/Location/{k + 1}",
                k == options.LocationCount - 1 && k > 0 ? $"Fulfilment partner {k}" : $"Warehouse {k + 1}",
                k == options.LocationCount - 1 && k > 0))
            .ToArray();
    }

    public int OrderCount => _options.OrderCount;

    /// <summary>Inventory items (one per variant) in the store.</summary>
    public int InventoryItemCount => _variantStart[^1];

    internal IReadOnlyList<SandboxLocation> Locations { get; }

    public static string OrderId(int index) => $"gid://shopify/Order/{OrderIdBase + index}";

    public static string ProductId(int index) => $"gid://shopify/Product/{ProductIdBase + index}";

    /// <summary>The product index a Product gid names, or -1 when it names none of this store's products.</summary>
    internal int ProductIndex(string? id) => IndexOf(id, ProductIdBase, _options.ProductCount);

    /// <summary>The inventory item index an InventoryItem gid names, or -1 when it names none of this store's items.</summary>
    internal int InventoryItemIndex(string? id) => IndexOf(id, InventoryItemIdBase, InventoryItemCount);

    public static string Sku(int product, int variant) => $"SKU-{product:D5}-{variant}";

    public static string LocationId(int index) => $"gid://shopify/Location/{index + 1}";

    public DateTimeOffset OrderCreatedAt(int index) => _arrivals.CreatedAt(index);

    public DateTimeOffset OrderUpdatedAt(int index) => _updates.UpdatedAt(index, OrderCreatedAt(index));

    /// <summary>How many orders exist at <paramref name="now"/> (created at or before it).</summary>
    public int VisibleOrderCount(DateTimeOffset now) => _arrivals.VisibleCount(now);

    public IEnumerable<string> VisibleOrderIds(DateTimeOffset now) => Enumerable.Range(0, VisibleOrderCount(now)).Select(OrderId);

    public int VariantCount(int product) => 1 + SandboxRandom.For(_options.Seed, product, 11).Next(Math.Max(1, _options.MaxVariantsPerProduct));

    public int LineItemCount(int order) => 1 + SandboxRandom.For(_options.Seed, order, 3).Next(Math.Max(1, _options.MaxLineItemsPerOrder));

    public ShopifySandboxRecordFault RecordFault(int order) => _recordFaults.For(order);

    public IEnumerable<string> ProductIds() => Enumerable.Range(0, _options.ProductCount).Select(ProductId);

    public IEnumerable<string> Skus() =>
        Enumerable.Range(0, _options.ProductCount).SelectMany(j => Enumerable.Range(0, VariantCount(j)).Select(v => Sku(j, v)));

    /// <summary>Every (sku, location id) the inventory pull should deliver.</summary>
    public IEnumerable<(string Sku, string LocationId)> InventoryKeys() =>
        Skus().SelectMany(sku => Locations.Select(l => (sku, l.Id)));

    /// <summary>Marks an order changed at <paramref name="updatedAt"/>: it moves to the end of the UPDATED_AT order and is now fulfilled.</summary>
    public void TouchOrder(int index, DateTimeOffset updatedAt)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, _options.OrderCount);
        _updates.Touch(index, updatedAt);
    }

    internal SandboxKey[] TouchedSnapshot() => _updates.Snapshot();

    private static int IndexOf(string? id, long idBase, int count)
    {
        if (id is null || !long.TryParse(id.AsSpan(id.LastIndexOf('/') + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return -1;
        }

        var index = number - idBase;
        return index >= 0 && index < count ? (int)index : -1;
    }

    private static string Amount(decimal value) => SandboxJson.Amount(value);
}
