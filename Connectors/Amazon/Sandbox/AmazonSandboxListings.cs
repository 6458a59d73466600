using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using CrossBorderHub.Connectors.SandboxKit;

namespace CrossBorderHub.Connectors.Amazon.Sandbox;

/// <summary>
/// A seller's listings computed from the seed: listing i is SKU-{i:000}, fulfilled by the seller or, every
/// <see cref="AmazonSandboxOptions.FbaEvery"/>-th, by Amazon. A stock patch moves a listing to a later lastUpdatedDate.
/// </summary>
public sealed class AmazonSandboxListings
{
    private readonly AmazonSandboxOptions _options;
    private readonly ConcurrentDictionary<int, int> _quantities = new();
    private readonly ConcurrentQueue<AmazonSandboxStockSet> _stockSets = new();

    public AmazonSandboxListings(AmazonSandboxOptions options)
    {
        _options = options;
    }

    public int Count => _options.ListingCount;

    public SandboxUpdates Updates { get; } = new();

    /// <summary>Every quantity patchListingsItem set, in order.</summary>
    public IReadOnlyList<AmazonSandboxStockSet> StockSets => [.. _stockSets];

    public static string Sku(int index) => string.Create(CultureInfo.InvariantCulture, $"SKU-{index:000}");

    public int? IndexOf(string sku) =>
        sku.StartsWith("SKU-", StringComparison.Ordinal) && int.TryParse(sku.AsSpan(4), NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < Count && Sku(index) == sku
            ? index
            : null;

    public bool ByAmazon(int index) => _options.FbaEvery > 0 && index % _options.FbaEvery == 0;

    public DateTimeOffset BaseUpdatedAt(int index) => _options.ListingsUpdatedAt + (_options.ListingInterval * index);

    public DateTimeOffset UpdatedAt(int index) => Updates.UpdatedAt(index, BaseUpdatedAt(index));

    /// <summary>The seller's own stock of a merchant-fulfilled listing.</summary>
    public int Quantity(int index) => _quantities.TryGetValue(index, out var set) ? set : SandboxRandom.For(_options.Seed, index, 11).Next(0, 200);

    /// <summary>Units Amazon can sell now of an FBA listing.</summary>
    public int Fulfillable(int index) => SandboxRandom.For(_options.Seed, index, 12).Next(0, 500);

    public void SetQuantity(int index, int quantity, DateTimeOffset now)
    {
        _stockSets.Enqueue(new AmazonSandboxStockSet(Sku(index), Quantity(index), quantity));
        _quantities[index] = quantity;
        Updates.Touch(index, now);
    }

    /// <summary>Listing i as searchListingsItems and getListingsItem write it, with the parts includedData asked for.</summary>
    public void Write(Utf8JsonWriter w, int index, ISet<string> included)
    {
        var random = SandboxRandom.For(_options.Seed, index, 10);
        var price = random.Next(500, 20_000) / 100m;
        var weight = random.Next(1, 500) / 10m;
        w.WriteStartObject();
        w.WriteString("sku", Sku(index));
        if (included.Contains("summaries"))
        {
            w.WriteStartArray("summaries");
            w.WriteStartObject();
            w.WriteString("marketplaceId", _options.MarketplaceId);
            w.WriteString("asin", $"B0{index:00000000}");
            w.WriteString("productType", "PRODUCT");
            w.WriteString("conditionType", "new_new");
            w.WriteStartArray("status");
            if (index % 7 != 3)
            {
                w.WriteStringValue("BUYABLE");
                w.WriteStringValue("DISCOVERABLE");
            }

            w.WriteEndArray();
            w.WriteString("itemName", $"Sandbox product {index:000}");
            SandboxJson.Timestamp(w, "createdDate", BaseUpdatedAt(index));
            SandboxJson.Timestamp(w, "lastUpdatedDate", UpdatedAt(index));
            w.WriteEndObject();
            w.WriteEndArray();
        }

        if (included.Contains("attributes"))
        {
            w.WriteStartObject("attributes");
            w.WriteStartArray("brand");
            w.WriteStartObject();
            w.WriteString("language_tag", "en_US");
            w.WriteString("value", "Sandbox Brand");
            w.WriteString("marketplace_id", _options.MarketplaceId);
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteStartArray("item_weight");
            w.WriteStartObject();
            w.WriteString("unit", "pounds");
            w.WriteNumber("value", weight);
            w.WriteString("marketplace_id", _options.MarketplaceId);
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        }

        if (included.Contains("offers"))
        {
            w.WriteStartArray("offers");
            w.WriteStartObject();
            w.WriteString("marketplaceId", _options.MarketplaceId);
            w.WriteString("offerType", "B2C");
            w.WriteStartObject("price");
            w.WriteString("currencyCode", _options.Currency);
            w.WriteString("amount", SandboxJson.Amount(price));
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndArray();
        }

        if (included.Contains("fulfillmentAvailability"))
        {
            w.WriteStartArray("fulfillmentAvailability");
            w.WriteStartObject();
            if (ByAmazon(index))
            {
                w.WriteString("fulfillmentChannelCode", "AMAZON_NA");
            }
            else
            {
                w.WriteString("fulfillmentChannelCode", AmazonConstants.MerchantChannel);
                w.WriteNumber("quantity", Quantity(index));
            }

            w.WriteEndObject();
            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    /// <summary>FBA listing i as getInventorySummaries writes it with details=true.</summary>
    public void WriteSummary(Utf8JsonWriter w, int index)
    {
        var random = SandboxRandom.For(_options.Seed, index, 13);
        w.WriteStartObject();
        w.WriteString("asin", $"B0{index:00000000}");
        w.WriteString("fnSku", $"X00{index:0000000}");
        w.WriteString("sellerSku", Sku(index));
        w.WriteString("condition", "NewItem");
        w.WriteStartObject("inventoryDetails");
        w.WriteNumber("fulfillableQuantity", Fulfillable(index));
        w.WriteNumber("inboundWorkingQuantity", 0);
        w.WriteNumber("inboundShippedQuantity", random.Next(0, 20));
        w.WriteNumber("inboundReceivingQuantity", 0);
        w.WriteStartObject("reservedQuantity");
        w.WriteNumber("totalReservedQuantity", random.Next(0, 10));
        w.WriteEndObject();
        w.WriteStartObject("researchingQuantity");
        w.WriteNumber("totalResearchingQuantity", 0);
        w.WriteEndObject();
        w.WriteStartObject("unfulfillableQuantity");
        w.WriteNumber("totalUnfulfillableQuantity", random.Next(0, 3));
        w.WriteEndObject();
        w.WriteEndObject();
        SandboxJson.Timestamp(w, "lastUpdatedTime", UpdatedAt(index));
        w.WriteString("productName", $"Sandbox product {index:000}");
        w.WriteNumber("totalQuantity", Fulfillable(index) + 10);
        w.WriteEndObject();
    }
}
