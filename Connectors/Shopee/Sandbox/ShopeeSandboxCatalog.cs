using System.Collections.Concurrent;
using System.Globalization;
using CrossBorderHub.Connectors.SandboxKit;
using CrossBorderHub.Connectors.Shopee.Wire;

namespace CrossBorderHub.Connectors.Shopee.Sandbox;

/// <summary>
/// The shop's items, computed from the seed (item i is the same whatever the count), plus the stock update_stock set.
/// Every third item has no models; the others have two or three. Item ids carry their index. Every fifth item's first
/// model holds <see cref="ReservedStock"/> units for a promotion, so a lower stock is refused per model, as Shopee does.
/// </summary>
public sealed class ShopeeSandboxCatalog
{
    public const long FirstItemId = 1_000_000;
    public const int ReservedStock = 5;

    private readonly ShopeeSandboxOptions _options;
    private readonly SandboxUpdates _updates = new();
    private readonly ConcurrentDictionary<(int Item, long Model, string Location), int> _stock = new();
    private readonly ConcurrentQueue<ShopeeSandboxStockSet> _stockSets = new();

    public ShopeeSandboxCatalog(ShopeeSandboxOptions options) => _options = options;

    public int Count => _options.ItemCount;

    /// <summary>Every stock update_stock applied, in order.</summary>
    public IReadOnlyList<ShopeeSandboxStockSet> StockSets => [.. _stockSets];

    public static long ItemId(int index) => FirstItemId + index;

    public static long ModelId(int index, int model) => 10_000_000L + (index * 10L) + model;

    public static string ItemSku(int index) => string.Create(CultureInfo.InvariantCulture, $"ITEM-{index:D4}");

    public static string ModelSku(int index, int model) => string.Create(CultureInfo.InvariantCulture, $"ITEM-{index:D4}-{model}");

    public int? IndexOf(long itemId) => itemId >= FirstItemId && itemId < FirstItemId + Count ? (int)(itemId - FirstItemId) : null;

    public static int ModelCount(int index) => index % 3 == 0 ? 0 : 2 + (index % 2);

    public static IEnumerable<long> ModelIds(int index) => ModelCount(index) == 0 ? [0L] : Enumerable.Range(0, ModelCount(index)).Select(k => ModelId(index, k));

    public string StatusOf(int index) =>
        _options.Faults.ItemRecords.GetValueOrDefault(index) == ShopeeSandboxItemFault.UnknownStatus ? "ON_HOLIDAY"
        : index % 17 == 16 ? "SELLER_DELETE"
        : index % 10 == 9 ? "UNLIST"
        : "NORMAL";

    public DateTimeOffset UpdatedAt(int index) =>
        _updates.UpdatedAt(index, _options.ItemsStartAt + (_options.ItemInterval * index));

    /// <summary>The seller-stock locations: the configured warehouses, or one without an id.</summary>
    public IReadOnlyList<string?> Locations => _options.SellerLocations.Count == 0 ? [null] : [.. _options.SellerLocations];

    public int StockOf(int index, long modelId, string? location) =>
        _stock.TryGetValue((index, modelId, location ?? ""), out var set) ? set : SandboxRandom.For(_options.Seed, index, (int)(modelId % 1_000) + 3).Next(10, 200);

    public static int ReservedOf(int index, long modelId) =>
        index % 5 == 4 && modelId == (ModelCount(index) == 0 ? 0 : ModelId(index, 0)) ? ReservedStock : 0;

    /// <summary>Sets seller stock and moves the item's update_time on (whole seconds, as Shopee's).</summary>
    public void SetStock(int index, long modelId, string? location, int stock)
    {
        var key = (index, modelId, location ?? "");
        var before = StockOf(index, modelId, location);
        _stock[key] = stock;
        _stockSets.Enqueue(new ShopeeSandboxStockSet(ItemId(index), modelId, location, before, stock));
        var now = _options.TimeProvider.GetUtcNow();
        _updates.Touch(index, DateTimeOffset.FromUnixTimeSeconds(Math.Max(now.ToUnixTimeSeconds(), UpdatedAt(index).ToUnixTimeSeconds() + 1)));
    }

    /// <summary>Items with one of <paramref name="statuses"/> updated in [from, to], by (update_time, item_id).</summary>
    public List<int> Matching(IReadOnlySet<string> statuses, long? from, long? to) =>
    [
        .. Enumerable.Range(0, Count)
            .Select(i => (Index: i, At: UpdatedAt(i).ToUnixTimeSeconds()))
            // A status Shopee does not document (a new one) is listed whatever the filter, as a marketplace adding one would.
            .Where(x => (statuses.Contains(StatusOf(x.Index)) || !ShopeeConstants.ItemStatuses.Contains(StatusOf(x.Index))) && (from is null || x.At >= from) && (to is null || x.At <= to))
            .OrderBy(x => x.At)
            .ThenBy(x => x.Index)
            .Select(x => x.Index),
    ];

    internal ShopeeItem Item(int index)
    {
        var random = SandboxRandom.For(_options.Seed, index, 11);
        var hasModel = ModelCount(index) > 0;
        var item = new ShopeeItem
        {
            ItemId = ItemId(index),
            CategoryId = 100_000 + random.Next(50),
            ItemName = string.Create(CultureInfo.InvariantCulture, $"Sandbox product {index}"),
            ItemSku = ItemSku(index),
            CreateTime = (_options.ItemsStartAt + (_options.ItemInterval * index)).ToUnixTimeSeconds(),
            UpdateTime = UpdatedAt(index).ToUnixTimeSeconds(),
            PriceInfo = hasModel ? null : [Price(random)],
            Weight = (0.1m + (random.Next(50) / 10m)).ToString("0.0#", CultureInfo.InvariantCulture),
            Dimension = new ShopeeDimension { PackageLength = 10 + random.Next(20), PackageWidth = 10 + random.Next(20), PackageHeight = 2 + random.Next(10) },
            Condition = "NEW",
            ItemStatus = StatusOf(index),
            HasModel = hasModel,
            Brand = index % 2 == 0 ? new ShopeeBrand { BrandId = 0, OriginalBrandName = "NoBrand" } : new ShopeeBrand { BrandId = 1_200, OriginalBrandName = "Sandbox Works" },
            StockInfoV2 = hasModel ? null : Stock(index, 0),
        };
        return _options.Faults.ItemRecords.GetValueOrDefault(index) switch
        {
            ShopeeSandboxItemFault.MissingName => item with { ItemName = "" },
            ShopeeSandboxItemFault.UnknownCurrency => item with { PriceInfo = [new ShopeePriceInfo { Currency = "ZZZ", CurrentPrice = 1m, OriginalPrice = 1m }], HasModel = false, StockInfoV2 = Stock(index, 0) },
            _ => item,
        };
    }

    internal ShopeeModelListResponse Models(int index)
    {
        var count = ModelCount(index);
        var colours = new[] { "Red", "Blue", "Green" };
        return new ShopeeModelListResponse
        {
            TierVariation = count == 0 ? [] : [new ShopeeTierVariation { Name = "Colour", OptionList = [.. colours.Take(count).Select(c => new ShopeeTierOption { Option = c })] }],
            Model =
            [
                .. Enumerable.Range(0, count).Select(k => new ShopeeModel
                {
                    ModelId = ModelId(index, k),
                    TierIndex = [k],
                    ModelSku = ModelSku(index, k),
                    ModelStatus = "MODEL_NORMAL",
                    PriceInfo = [Price(SandboxRandom.For(_options.Seed, index, 20 + k))],
                    StockInfoV2 = Stock(index, ModelId(index, k)),
                    Weight = k == 0 ? null : "0.5",
                }),
            ],
        };
    }

    private ShopeeStockInfo Stock(int index, long modelId)
    {
        var seller = Locations.Select(l => new ShopeeStockLocation { LocationId = l, Stock = StockOf(index, modelId, l), IfSaleable = true }).ToList();
        var reserved = ReservedOf(index, modelId);
        return new ShopeeStockInfo
        {
            SummaryInfo = new ShopeeStockSummary { TotalReservedStock = reserved, TotalAvailableStock = seller.Sum(s => s.Stock ?? 0) },
            SellerStock = seller,
            ShopeeStock = [],
        };
    }

    private ShopeePriceInfo Price(Random random)
    {
        var price = decimal.Round((decimal)(100 + random.Next(9_900)) / 100m, 2);
        return new ShopeePriceInfo { Currency = _options.Currency, OriginalPrice = price, CurrentPrice = price };
    }
}
