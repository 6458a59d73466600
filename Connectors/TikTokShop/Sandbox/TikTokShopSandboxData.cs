using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using CrossBorderHub.Connectors.SandboxKit;

namespace CrossBorderHub.Connectors.TikTokShop.Sandbox;

/// <summary>
/// The shop's orders, generated on demand from the seed (order i is the same at any volume), with one package each
/// and one line item per unit, and the packages shipped since: a shipped order moves to IN_TRANSIT and a later update_time.
/// </summary>
public sealed class TikTokShopSandboxData
{
    private static readonly string[] Statuses = ["AWAITING_SHIPMENT", "AWAITING_SHIPMENT", "AWAITING_SHIPMENT", "UNPAID", "ON_HOLD", "IN_TRANSIT", "DELIVERED", "COMPLETED", "CANCELLED", "AWAITING_COLLECTION"];
    private static readonly string[] Products = ["Enamel mug", "Loose leaf tea", "Wool socks", "Linen tote", "Desk lamp", "Notebook"];
    private static readonly string[] Variants = ["Red", "Blue", "Small", "Large", ""];

    private readonly TikTokShopSandboxOptions _options;
    private readonly SandboxRecordFaults<JsonObject, TikTokShopSandboxRecordFault> _recordFaults;
    private readonly ConcurrentDictionary<string, TikTokShopSandboxShipment> _shipments = new(StringComparer.Ordinal);

    public TikTokShopSandboxData(TikTokShopSandboxOptions options)
    {
        _options = options;
        Arrivals = new SandboxArrivals(options.OrdersStartAt, options.OrderInterval, options.OrderCount);
        _recordFaults = new(options.Faults.OrderRecords, Spoil);
    }

    public SandboxArrivals Arrivals { get; }

    public SandboxUpdates Updates { get; } = new();

    public IReadOnlyCollection<TikTokShopSandboxShipment> Shipments => [.. _shipments.Values];

    public static string OrderId(int index) => $"5764{index.ToString("D14", CultureInfo.InvariantCulture)}";

    public static string PackageId(int index) => $"1153{index.ToString("D15", CultureInfo.InvariantCulture)}";

    public static int? IndexOfOrder(string id) =>
        id.Length == 18 && id.StartsWith("5764", StringComparison.Ordinal) && int.TryParse(id.AsSpan(4), NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i : null;

    public static int? IndexOfPackage(string id) =>
        id.Length == 19 && id.StartsWith("1153", StringComparison.Ordinal) && int.TryParse(id.AsSpan(4), NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i : null;

    /// <summary>Seconds precision, as TikTok's update_time: the listing's keys.</summary>
    public DateTimeOffset UpdatedAt(int index) => Seconds(Updates.UpdatedAt(index, Arrivals.CreatedAt(index)));

    /// <summary>Records a ship call; false when the package is already shipped.</summary>
    public bool Ship(int index, string trackingNumber, string providerId, DateTimeOffset now)
    {
        var shipment = new TikTokShopSandboxShipment(PackageId(index), OrderId(index), trackingNumber, providerId, now);
        if (!_shipments.TryAdd(shipment.PackageId, shipment))
        {
            return false;
        }

        // A later update_time than anything listed so far, so the next incremental search sees the change.
        Updates.Touch(index, Seconds(now) + TimeSpan.FromSeconds(1));
        return true;
    }

    public string StatusOf(int index) =>
        _shipments.ContainsKey(PackageId(index)) ? "IN_TRANSIT" : Statuses[SandboxRandom.For(_options.Seed, index, 1).Next(Statuses.Length)];

    /// <summary>Order <paramref name="index"/> as the Order API returns it (with its defect, when the fault plan gives it one).</summary>
    public JsonObject Order(int index)
    {
        var random = SandboxRandom.For(_options.Seed, index, 2);
        var currency = _options.Currency;
        var created = Arrivals.CreatedAt(index);
        var shipped = _shipments.TryGetValue(PackageId(index), out var shipment) ? shipment : null;
        var lines = new JsonArray();
        var subTotal = 0m;
        var discount = 0m;
        var skus = random.Next(1, 4);
        var unit = 0;
        for (var s = 0; s < skus; s++)
        {
            var sku = random.Next(40);
            var original = decimal.Round(4.99m + (sku * 1.25m), 2);
            var off = random.Next(4) == 0 ? 1.00m : 0m;
            var quantity = random.Next(1, 4);
            for (var q = 0; q < quantity; q++, unit++)
            {
                subTotal += original - off;
                discount += off;
                lines.Add(new JsonObject
                {
                    ["id"] = $"5770{index.ToString("D11", CultureInfo.InvariantCulture)}{unit.ToString("D3", CultureInfo.InvariantCulture)}",
                    ["sku_id"] = $"17295929697122{sku.ToString("D5", CultureInfo.InvariantCulture)}",
                    ["seller_sku"] = $"TT-SKU-{sku.ToString("D3", CultureInfo.InvariantCulture)}",
                    ["product_id"] = $"17295929697120{(sku / 5).ToString("D5", CultureInfo.InvariantCulture)}",
                    ["product_name"] = Products[sku % Products.Length],
                    ["sku_name"] = Variants[sku % Variants.Length],
                    ["currency"] = currency,
                    ["original_price"] = Money(original),
                    ["sale_price"] = Money(original - off),
                    ["seller_discount"] = Money(off),
                    ["platform_discount"] = "0.00",
                    ["package_id"] = PackageId(index),
                    ["tracking_number"] = shipped?.TrackingNumber ?? "",
                    ["is_gift"] = false,
                });
            }
        }

        var shipping = random.Next(3) == 0 ? 0m : 3.99m;
        var order = new JsonObject
        {
            ["id"] = OrderId(index),
            ["status"] = StatusOf(index),
            ["create_time"] = created.ToUnixTimeSeconds(),
            ["update_time"] = UpdatedAt(index).ToUnixTimeSeconds(),
            ["paid_time"] = created.ToUnixTimeSeconds() + 30,
            ["buyer_email"] = $"b{index.ToString(CultureInfo.InvariantCulture)}@scs2.tiktok.com",
            ["buyer_message"] = "",
            ["commerce_platform"] = "TIKTOK_SHOP",
            ["delivery_type"] = "HOME_DELIVERY",
            ["fulfillment_type"] = "FULFILLMENT_BY_SELLER",
            ["is_cod"] = false,
            ["is_on_hold_order"] = false,
            ["order_type"] = "NORMAL",
            ["packages"] = new JsonArray(new JsonObject { ["id"] = PackageId(index) }),
            ["payment"] = new JsonObject
            {
                ["currency"] = currency,
                ["sub_total"] = Money(subTotal),
                ["shipping_fee"] = Money(shipping),
                ["seller_discount"] = Money(discount),
                ["platform_discount"] = "0.00",
                ["tax"] = "0.00",
                ["total_amount"] = Money(subTotal + shipping),
            },
            ["recipient_address"] = new JsonObject
            {
                ["name"] = $"Buyer {index.ToString(CultureInfo.InvariantCulture)}",
                ["phone_number"] = "(+44)77*****00",
                ["address_line1"] = $"{(index % 200) + 1} High Street",
                ["address_line2"] = "",
                ["postal_code"] = "SW1A 1AA",
                ["region_code"] = "GB",
                ["district_info"] = new JsonArray(
                    new JsonObject { ["address_level_name"] = "Country", ["address_name"] = "United Kingdom" },
                    new JsonObject { ["address_level_name"] = "County", ["address_name"] = "Greater London" },
                    new JsonObject { ["address_level_name"] = "Post town", ["address_name"] = "London" }),
            },
            ["line_items"] = lines,
        };
        return _recordFaults.Apply(index, order);
    }

    private static JsonObject Spoil(JsonObject order, TikTokShopSandboxRecordFault fault)
    {
        switch (fault)
        {
            case TikTokShopSandboxRecordFault.BadAmount:
                order["payment"]!["total_amount"] = "12,34.5x";
                break;
            case TikTokShopSandboxRecordFault.UnknownCurrency:
                order["payment"]!["currency"] = "XQX";
                break;
            case TikTokShopSandboxRecordFault.MissingId:
                order.Remove("id");
                break;
        }

        return order;
    }

    private static string Money(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    private static DateTimeOffset Seconds(DateTimeOffset at) => DateTimeOffset.FromUnixTimeSeconds(at.ToUnixTimeSeconds());
}
