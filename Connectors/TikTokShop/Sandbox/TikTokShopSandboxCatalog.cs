using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using CrossBorderHub.Connectors.SandboxKit;

namespace CrossBorderHub.Connectors.TikTokShop.Sandbox;

/// <summary>
/// The shop's products, generated from the seed: product p has SKUs 5p..5p+4 (the SKUs its orders' line items name),
/// stocked in the main warehouse and, for every third product, a second one. Inventory updates change stock and move
/// the product's update_time; each one is logged.
/// </summary>
public sealed class TikTokShopSandboxCatalog
{
    public const string MainWarehouse = "7068517275539719942";
    public const string SecondWarehouse = "7068517275539719943";
    public const int SkusPerProduct = 5;

    private static readonly string[] Titles = ["Enamel mug", "Loose leaf tea", "Wool socks", "Linen tote", "Desk lamp", "Notebook"];
    private static readonly string[] Colours = ["Red", "Blue", "Green", "Black", "White"];

    private readonly TikTokShopSandboxOptions _options;
    private readonly ConcurrentDictionary<(int Sku, string Warehouse), int> _stock = new();
    private readonly ConcurrentQueue<TikTokShopSandboxStockSet> _sets = new();
    private readonly Lock _setGate = new();

    public TikTokShopSandboxCatalog(TikTokShopSandboxOptions options) => _options = options;

    public int Count => _options.ProductCount;

    public SandboxUpdates Updates { get; } = new();

    public IReadOnlyList<TikTokShopSandboxStockSet> StockSets => [.. _sets];

    public static string ProductId(int index) => $"17295929697120{index.ToString("D5", CultureInfo.InvariantCulture)}";

    public static string SkuId(int sku) => $"17295929697122{sku.ToString("D5", CultureInfo.InvariantCulture)}";

    public static string SellerSku(int sku) => $"TT-SKU-{sku.ToString("D3", CultureInfo.InvariantCulture)}";

    public static int? IndexOfProduct(string id) => Index(id, "17295929697120");

    public static int? IndexOfSku(string id) => Index(id, "17295929697122");

    public static int? IndexOfSellerSku(string sellerSku) =>
        sellerSku.StartsWith("TT-SKU-", StringComparison.Ordinal) && int.TryParse(sellerSku.AsSpan(7), NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i : null;

    public static IReadOnlyList<string> WarehousesOf(int product) => product % 3 == 2 ? [MainWarehouse, SecondWarehouse] : [MainWarehouse];

    /// <summary>Seconds precision, as TikTok's update_time: product p was last updated p hours after the products' start.</summary>
    public DateTimeOffset UpdatedAt(int index) =>
        Seconds(Updates.UpdatedAt(index, _options.ProductsStartAt + TimeSpan.FromHours(index)));

    public static string StatusOf(int index) => index % 7 == 6 ? "SELLER_DEACTIVATED" : index % 11 == 10 ? "DRAFT" : "ACTIVATE";

    public int Available(int sku, string warehouse) =>
        _stock.TryGetValue((sku, warehouse), out var set) ? set : SandboxRandom.For(_options.Seed, sku, 3 + Second(warehouse)).Next(0, 200);

    public int Committed(int sku, string warehouse) => SandboxRandom.For(_options.Seed, sku, 5 + Second(warehouse)).Next(0, 4);

    /// <summary>Sets a SKU's available quantity in a warehouse, logs it and moves the product's update_time past now.</summary>
    public void SetStock(int sku, string warehouse, int quantity, DateTimeOffset now)
    {
        lock (_setGate)
        {
            var before = Available(sku, warehouse);
            _stock[(sku, warehouse)] = quantity;
            _sets.Enqueue(new TikTokShopSandboxStockSet(SellerSku(sku), warehouse, before, quantity, now));
            Updates.Touch(sku / SkusPerProduct, Seconds(now) + TimeSpan.FromSeconds(1));
        }
    }

    /// <summary>Product <paramref name="index"/> as the products search and detail return it.</summary>
    public JsonObject Product(int index, bool detail)
    {
        var skus = new JsonArray();
        for (var sku = index * SkusPerProduct; sku < (index + 1) * SkusPerProduct; sku++)
        {
            skus.Add(Sku(index, sku, detail));
        }

        var product = new JsonObject
        {
            ["id"] = ProductId(index),
            ["title"] = $"{Titles[index % Titles.Length]} {index.ToString(CultureInfo.InvariantCulture)}",
            ["status"] = StatusOf(index),
            ["skus"] = skus,
            ["create_time"] = (_options.ProductsStartAt + TimeSpan.FromHours(index)).ToUnixTimeSeconds(),
            ["update_time"] = UpdatedAt(index).ToUnixTimeSeconds(),
        };
        if (Fault(index) == TikTokShopSandboxProductFault.BadPrice)
        {
            skus[0]!["price"]!["sale_price"] = "9,99x";
        }

        if (detail)
        {
            product["brand"] = new JsonObject { ["id"] = "7082427311584347905", ["name"] = "Sandbox Goods" };
            product["description"] = "<p>A product of the TikTok Shop sandbox.</p>";
        }
        else
        {
            product["sales_regions"] = new JsonArray("GB");
        }

        return product;
    }

    /// <summary>Product <paramref name="index"/> as the inventory search returns it, its SKUs narrowed to <paramref name="skuFilter"/> when given.</summary>
    public JsonObject Inventory(int index, ISet<int>? skuFilter)
    {
        var skus = new JsonArray();
        for (var sku = index * SkusPerProduct; sku < (index + 1) * SkusPerProduct; sku++)
        {
            if (skuFilter is not null && !skuFilter.Contains(sku))
            {
                continue;
            }

            var warehouses = new JsonArray();
            var (available, committed) = (0, 0);
            foreach (var warehouse in WarehousesOf(index))
            {
                available += Available(sku, warehouse);
                committed += Committed(sku, warehouse);
                warehouses.Add(new JsonObject
                {
                    ["warehouse_id"] = warehouse,
                    ["available_quantity"] = Available(sku, warehouse),
                    ["committed_quantity"] = Committed(sku, warehouse),
                });
            }

            skus.Add(new JsonObject
            {
                ["id"] = SkuId(sku),
                ["seller_sku"] = SellerSku(sku),
                ["total_available_quantity"] = available,
                ["total_committed_quantity"] = committed,
                ["warehouse_inventory"] = warehouses,
            });
        }

        if (Fault(index) == TikTokShopSandboxProductFault.MissingSellerSku && skus.Count > 0)
        {
            skus[0]!.AsObject().Remove("seller_sku");
        }

        return new JsonObject { ["product_id"] = ProductId(index), ["skus"] = skus };
    }

    private JsonObject Sku(int product, int sku, bool detail)
    {
        var inventory = new JsonArray();
        foreach (var warehouse in WarehousesOf(product))
        {
            inventory.Add(new JsonObject { ["warehouse_id"] = warehouse, ["quantity"] = Available(sku, warehouse) });
        }

        var price = decimal.Round(4.99m + (sku * 1.25m), 2);
        var node = new JsonObject
        {
            ["id"] = SkuId(sku),
            ["seller_sku"] = SellerSku(sku),
            ["price"] = new JsonObject
            {
                ["currency"] = _options.Currency,
                ["sale_price"] = price.ToString("0.00", CultureInfo.InvariantCulture),
                ["tax_exclusive_price"] = decimal.Round(price / 1.2m, 2).ToString("0.00", CultureInfo.InvariantCulture),
            },
            ["inventory"] = inventory,
        };
        if (detail)
        {
            node["identifier_code"] = new JsonObject { ["code"] = $"50{(6_000_000_000 + sku).ToString(CultureInfo.InvariantCulture)}", ["type"] = "EAN" };
            node["sales_attributes"] = new JsonArray(new JsonObject
            {
                ["id"] = "100000",
                ["name"] = "Colour",
                ["value_id"] = $"70000{(sku % Colours.Length).ToString(CultureInfo.InvariantCulture)}",
                ["value_name"] = Colours[sku % Colours.Length],
            });
        }

        return node;
    }

    private TikTokShopSandboxProductFault Fault(int index) => _options.Faults.ProductRecords.GetValueOrDefault(index);

    private static int Second(string warehouse) => warehouse == SecondWarehouse ? 1 : 0;

    private static int? Index(string id, string prefix) =>
        id.Length == 19 && id.StartsWith(prefix, StringComparison.Ordinal) && int.TryParse(id.AsSpan(14), NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i : null;

    private static DateTimeOffset Seconds(DateTimeOffset at) => DateTimeOffset.FromUnixTimeSeconds(at.ToUnixTimeSeconds());
}
