using System.Collections.Concurrent;
using System.Globalization;
using CrossBorderHub.Connectors.SandboxKit;
using CrossBorderHub.Connectors.Shopee.Wire;

namespace CrossBorderHub.Connectors.Shopee.Sandbox;

/// <summary>
/// The shop's orders, computed on demand from the seed (order i is the same whatever the volume), plus the few changed
/// after creation by ship_order. Order numbers carry their index, so get_order_detail finds an order without a lookup.
/// </summary>
public sealed class ShopeeSandboxData
{
    /// <summary>Statuses a generated order starts in, weighted toward orders still to ship.</summary>
    private static readonly string[] Statuses =
    [
        "READY_TO_SHIP", "READY_TO_SHIP", "READY_TO_SHIP", "UNPAID", "PROCESSED", "SHIPPED", "TO_CONFIRM_RECEIVE",
        "COMPLETED", "COMPLETED", "IN_CANCEL", "CANCELLED", "TO_RETURN", "INVOICE_PENDING", "RETRY_SHIP",
    ];

    private static readonly string[] Cities = ["Singapore", "Kuala Lumpur", "Ho Chi Minh City", "Bangkok", "Manila", "Jakarta"];

    private readonly ShopeeSandboxOptions _options;
    private readonly SandboxArrivals _arrivals;
    private readonly SandboxUpdates _updates = new();
    private readonly ConcurrentDictionary<int, ShopeeSandboxShipment> _shipments = new();

    public ShopeeSandboxData(ShopeeSandboxOptions options)
    {
        _options = options;
        _arrivals = new SandboxArrivals(options.OrdersStartAt, options.OrderInterval, options.OrderCount);
    }

    public IReadOnlyCollection<ShopeeSandboxShipment> Shipments => [.. _shipments.Values];

    public static string OrderSn(int index, DateTimeOffset createdAt) =>
        string.Concat(createdAt.UtcDateTime.ToString("yyMMdd", CultureInfo.InvariantCulture), "S", Base36(index).PadLeft(7, '0'));

    public string OrderSn(int index) => OrderSn(index, _arrivals.CreatedAt(index));

    /// <summary>The index an order number names, or null for one this shop never issued.</summary>
    public int? IndexOf(string orderSn)
    {
        if (orderSn.Length != 14 || orderSn[6] != 'S')
        {
            return null;
        }

        long index = 0;
        foreach (var c in orderSn.AsSpan(7))
        {
            var digit = char.IsAsciiDigit(c) ? c - '0' : char.IsAsciiLetterUpper(c) ? c - 'A' + 10 : -1;
            if (digit < 0)
            {
                return null;
            }

            index = (index * 36) + digit;
        }

        return index < VisibleCount() && OrderSn((int)index) == orderSn ? (int)index : null;
    }

    public int VisibleCount() => _arrivals.VisibleCount(_options.TimeProvider.GetUtcNow());

    public DateTimeOffset CreatedAt(int index) => _arrivals.CreatedAt(index);

    public DateTimeOffset UpdatedAt(int index) => _updates.UpdatedAt(index, CreatedAt(index));

    public SandboxKey[] Moved() => _updates.Snapshot();

    public ShopeeSandboxShipment? ShipmentOf(int index) => _shipments.TryGetValue(index, out var shipment) ? shipment : null;

    /// <summary>Records a shipment once: a second ship_order for the same order is refused as Shopee refuses it.</summary>
    public bool Ship(int index, ShopeeSandboxShipment shipment)
    {
        if (!_shipments.TryAdd(index, shipment))
        {
            return false;
        }

        // Whole seconds, as Shopee's update_time.
        var now = _options.TimeProvider.GetUtcNow();
        _updates.Touch(index, DateTimeOffset.FromUnixTimeSeconds(Math.Max(now.ToUnixTimeSeconds(), UpdatedAt(index).ToUnixTimeSeconds() + 1)));
        return true;
    }

    /// <summary>Order 0 and every fourth order wait to ship, so a demo or test always finds one; the rest are drawn from every status.</summary>
    public string StatusOf(int index) =>
        ShipmentOf(index) is not null ? "SHIPPED"
        : index % 4 == 0 ? "READY_TO_SHIP"
        : Statuses[SandboxRandom.For(_options.Seed, index, 2).Next(Statuses.Length)];

    /// <summary>The order as get_order_detail writes it, with its record fault (if any) applied.</summary>
    internal ShopeeOrder Order(int index)
    {
        var random = SandboxRandom.For(_options.Seed, index, 1);
        var created = CreatedAt(index);
        var items = Enumerable.Range(0, 1 + random.Next(3)).Select(k => Item(index, k, random)).ToList();
        var shipping = 3.50m;
        var total = items.Sum(i => i.ModelDiscountedPrice!.Value * i.ModelQuantityPurchased) + shipping;
        var status = StatusOf(index);
        var order = new ShopeeOrder
        {
            OrderSn = OrderSn(index),
            Region = "SG",
            Currency = _options.Currency,
            Cod = random.Next(5) == 0,
            OrderStatus = status,
            MessageToSeller = "",
            CreateTime = created.ToUnixTimeSeconds(),
            UpdateTime = UpdatedAt(index).ToUnixTimeSeconds(),
            DaysToShip = 3,
            ShipByDate = (created + TimeSpan.FromDays(3)).ToUnixTimeSeconds(),
            PayTime = status == "UNPAID" ? null : (created + TimeSpan.FromMinutes(5)).ToUnixTimeSeconds(),
            BuyerUserId = 1_000_000 + index,
            BuyerUsername = string.Create(CultureInfo.InvariantCulture, $"buyer{index}"),
            EstimatedShippingFee = shipping,
            ActualShippingFeeConfirmed = false,
            TotalAmount = total,
            FulfillmentFlag = "fulfilled_by_local_seller",
            ShippingCarrier = "Standard Delivery",
            PaymentMethod = "Credit Card/Debit Card",
            RecipientAddress = new ShopeeRecipientAddress
            {
                Name = "B******r",
                Phone = "******21",
                Town = "",
                District = "",
                City = Cities[random.Next(Cities.Length)],
                State = "",
                Region = "SG",
                Zipcode = string.Create(CultureInfo.InvariantCulture, $"{100000 + random.Next(800000)}"),
                FullAddress = "1******, #0*-**",
            },
            ItemList = items,
            PackageList =
            [
                new ShopeePackage
                {
                    PackageNumber = string.Create(CultureInfo.InvariantCulture, $"OFG{1_000_000_000L + index}"),
                    LogisticsStatus = status is "SHIPPED" or "COMPLETED" or "TO_CONFIRM_RECEIVE" ? "LOGISTICS_PICKUP_DONE" : "LOGISTICS_READY",
                    ShippingCarrier = "Standard Delivery",
                    LogisticsChannelId = 18_025,
                },
            ],
        };
        return _options.Faults.OrderRecords.TryGetValue(index, out var fault) ? WithFault(order, fault) : order;
    }

    private static ShopeeOrderItem Item(int index, int line, Random random)
    {
        var price = decimal.Round((decimal)(5 + random.Next(19_500)) / 100m, 2);
        return new ShopeeOrderItem
        {
            ItemId = 3_000_000_000L + (index * 10L) + line,
            ItemName = string.Create(CultureInfo.InvariantCulture, $"Sandbox item {index}-{line}"),
            ItemSku = string.Create(CultureInfo.InvariantCulture, $"SKU-{random.Next(200):D4}"),
            ModelId = line == 0 ? 0 : 9_000_000L + line,
            ModelName = line == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $"Variant {line}"),
            ModelSku = line == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $"SKU-{random.Next(200):D4}-V{line}"),
            ModelQuantityPurchased = 1 + random.Next(3),
            ModelOriginalPrice = price,
            ModelDiscountedPrice = decimal.Round(price * 0.9m, 2),
            OrderItemId = 3_000_000_000L + (index * 10L) + line,
            PromotionType = "product_promotion",
            Weight = 0.25m,
        };
    }

    private static ShopeeOrder WithFault(ShopeeOrder order, ShopeeSandboxRecordFault fault) => fault switch
    {
        ShopeeSandboxRecordFault.UnknownCurrency => order with { Currency = "ZZZ" },
        ShopeeSandboxRecordFault.MissingTotal => order with { TotalAmount = null },
        ShopeeSandboxRecordFault.ZeroQuantity => order with { ItemList = [.. order.ItemList!.Select((i, n) => n == 0 ? i with { ModelQuantityPurchased = 0 } : i)] },
        _ => order,
    };

    private static string Base36(int value)
    {
        const string Digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        if (value == 0)
        {
            return "0";
        }

        var text = new Stack<char>();
        for (var v = value; v > 0; v /= 36)
        {
            text.Push(Digits[v % 36]);
        }

        return new string([.. text]);
    }
}
