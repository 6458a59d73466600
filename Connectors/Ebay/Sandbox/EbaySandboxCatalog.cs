using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using CrossBorderHub.Connectors.SandboxKit;

namespace CrossBorderHub.Connectors.Ebay.Sandbox;

/// <summary>
/// The simulated seller's inventory items and offers, computed from (seed, index): item i has SKU <c>EB-{i+1:000}</c>
/// (the SKUs its orders' lines carry), a product, a package, a ship-to-home quantity that stock updates overwrite, and
/// usually one offer: most published and active, some unpublished, every seventh none.
/// </summary>
public sealed class EbaySandboxCatalog(EbaySandboxOptions options)
{
    private readonly ConcurrentDictionary<string, int> _quantities = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<EbaySandboxStockSet> _sets = new();

    public int Count => options.ItemCount;

    public IReadOnlyList<EbaySandboxStockSet> StockSets => [.. _sets];

    public static string Sku(int index) => string.Create(CultureInfo.InvariantCulture, $"EB-{index + 1:D3}");

    public int IndexOf(string sku) =>
        sku.StartsWith("EB-", StringComparison.Ordinal)
        && int.TryParse(sku.AsSpan(3), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
        && number >= 1 && number <= options.ItemCount && Sku(number - 1) == sku
            ? number - 1
            : -1;

    public int QuantityOf(int index) =>
        _quantities.TryGetValue(Sku(index), out var set) ? set : SandboxRandom.For(options.Seed, index, 11).Next(0, 40);

    /// <summary>Sets a SKU's ship-to-home quantity and records the change.</summary>
    public void SetQuantity(int index, int quantity)
    {
        var sku = Sku(index);
        var before = QuantityOf(index);
        _quantities[sku] = quantity;
        _sets.Enqueue(new EbaySandboxStockSet(sku, before, quantity));
    }

    public JsonObject Item(int index)
    {
        var random = SandboxRandom.For(options.Seed, index, 12);
        var fault = options.Faults.ItemRecords.TryGetValue(index, out var f) ? f : EbaySandboxItemFault.None;
        var metric = random.Next(2) == 0;
        var quantity = fault == EbaySandboxItemFault.NegativeQuantity ? -3 : QuantityOf(index);
        var item = new JsonObject
        {
            ["sku"] = Sku(index),
            ["locale"] = "en_US",
            ["condition"] = "NEW",
            ["product"] = new JsonObject
            {
                ["title"] = string.Create(CultureInfo.InvariantCulture, $"Sandbox product {index + 1}"),
                ["description"] = string.Create(CultureInfo.InvariantCulture, $"Generated item {index + 1} of the simulated seller."),
                ["brand"] = index % 3 == 0 ? null : "Sandbox Brand",
                ["aspects"] = new JsonObject { ["Brand"] = new JsonArray("Sandbox Brand"), ["Colour"] = new JsonArray(index % 2 == 0 ? "Red" : "Blue") },
                ["imageUrls"] = new JsonArray(string.Create(CultureInfo.InvariantCulture, $"https://i.example.invalid/{index + 1}.jpg")),
                ["ean"] = new JsonArray(string.Create(CultureInfo.InvariantCulture, $"40{random.Next(10_000_000, 99_999_999)}{index % 1000:D3}")),
            },
            ["packageWeightAndSize"] = new JsonObject
            {
                ["weight"] = new JsonObject { ["value"] = Math.Round(0.1 + random.NextDouble() * 4, 2), ["unit"] = metric ? "KILOGRAM" : "POUND" },
                ["dimensions"] = new JsonObject
                {
                    ["length"] = 10 + random.Next(40),
                    ["width"] = 5 + random.Next(30),
                    ["height"] = 2 + random.Next(20),
                    ["unit"] = metric ? "CENTIMETER" : "INCH",
                },
                ["packageType"] = "PACKAGE_THICK_ENVELOPE",
            },
            ["availability"] = new JsonObject { ["shipToLocationAvailability"] = new JsonObject { ["quantity"] = quantity } },
        };
        if (fault == EbaySandboxItemFault.MissingSku)
        {
            item.Remove("sku");
        }

        return item;
    }

    /// <summary>The offers of item <paramref name="index"/>: none for every seventh item.</summary>
    public IReadOnlyList<JsonObject> Offers(int index)
    {
        if (index % 7 == 6)
        {
            return [];
        }

        var random = SandboxRandom.For(options.Seed, index, 13);
        var published = index % 5 != 4;
        var fault = options.Faults.ItemRecords.TryGetValue(index, out var f) ? f : EbaySandboxItemFault.None;
        var price = Math.Round(5m + (decimal)random.NextDouble() * 115m, 2).ToString("0.00", CultureInfo.InvariantCulture);
        var offer = new JsonObject
        {
            ["offerId"] = string.Create(CultureInfo.InvariantCulture, $"{5_000_000_000L + index}"),
            ["sku"] = Sku(index),
            ["marketplaceId"] = options.MarketplaceId,
            ["format"] = "FIXED_PRICE",
            ["availableQuantity"] = QuantityOf(index),
            ["categoryId"] = "30120",
            ["merchantLocationKey"] = "sandbox-warehouse",
            ["pricingSummary"] = new JsonObject
            {
                ["price"] = new JsonObject { ["value"] = fault == EbaySandboxItemFault.BadPrice ? "9,99O" : price, ["currency"] = Currency(options.MarketplaceId) },
            },
            ["status"] = published ? "PUBLISHED" : "UNPUBLISHED",
        };
        if (published)
        {
            offer["listing"] = new JsonObject
            {
                ["listingId"] = string.Create(CultureInfo.InvariantCulture, $"1100{index + 1:D8}"),
                ["listingStatus"] = QuantityOf(index) == 0 ? "OUT_OF_STOCK" : "ACTIVE",
                ["soldQuantity"] = random.Next(0, 20),
            };
        }

        return [offer];
    }

    public static string Currency(string marketplaceId) => marketplaceId switch
    {
        "EBAY_GB" => "GBP",
        "EBAY_DE" or "EBAY_ES" or "EBAY_FR" or "EBAY_IT" or "EBAY_AT" or "EBAY_BE" or "EBAY_NL" or "EBAY_IE" => "EUR",
        "EBAY_CA" => "CAD",
        "EBAY_AU" => "AUD",
        _ => "USD",
    };
}
