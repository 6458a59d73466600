using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using CrossBorderHub.Connectors.SandboxKit;

namespace CrossBorderHub.Connectors.Amazon.Sandbox;

/// <summary>
/// A seller's orders computed on demand from the seed: order i is the same however many exist, so any page of any
/// volume is written without holding the set. Confirmed shipments move an order to SHIPPED at a later update time.
/// </summary>
public sealed class AmazonSandboxData
{
    private static readonly string[] Statuses = ["UNSHIPPED", "UNSHIPPED", "UNSHIPPED", "PENDING", "SHIPPED", "PARTIALLY_SHIPPED", "CANCELLED"];
    private static readonly string[] Cities = ["Seattle", "Austin", "Denver", "Boston", "Portland"];
    private static readonly string[] Regions = ["WA", "TX", "CO", "MA", "OR"];

    private readonly AmazonSandboxOptions _options;
    private readonly SandboxRecordFaults<int, AmazonSandboxRecordFault> _faults;
    private readonly ConcurrentDictionary<int, string> _statusOverrides = new();
    private readonly ConcurrentQueue<AmazonSandboxShipment> _shipments = new();

    public AmazonSandboxData(AmazonSandboxOptions options)
    {
        _options = options;
        Arrivals = new SandboxArrivals(options.OrdersStartAt, options.OrderInterval, options.OrderCount);
        _faults = new SandboxRecordFaults<int, AmazonSandboxRecordFault>(options.Faults.OrderRecords, (index, _) => index);
    }

    public SandboxArrivals Arrivals { get; }

    public SandboxUpdates Updates { get; } = new();

    public IReadOnlyList<AmazonSandboxShipment> Shipments => [.. _shipments];

    /// <summary>Order i's 3-7-7 id, unique per seed and index.</summary>
    public string OrderId(int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{100 + (Math.Abs(_options.Seed) % 900):000}-{Math.Abs(_options.Seed) % 10_000_000:0000000}-{index:0000000}");

    public int? IndexOf(string orderId) =>
        orderId.Length == 19 && orderId == OrderId(int.TryParse(orderId.AsSpan(12), CultureInfo.InvariantCulture, out var index) ? index : -1) && index < _options.OrderCount
            ? index
            : null;

    public DateTimeOffset UpdatedAt(int index) => Updates.UpdatedAt(index, Arrivals.CreatedAt(index));

    public string StatusOf(int index) =>
        _statusOverrides.TryGetValue(index, out var status) ? status : Statuses[SandboxRandom.For(_options.Seed, index, 1).Next(Statuses.Length)];

    /// <summary>Records a confirmed shipment: the order is SHIPPED from now on, updated now.</summary>
    public void Ship(int index, AmazonSandboxShipment shipment, DateTimeOffset now)
    {
        _shipments.Enqueue(shipment);
        _statusOverrides[index] = "SHIPPED";
        Updates.Touch(index, now);
    }

    /// <summary>Order i's lines, shipping charge, city and whether Amazon fulfils it: the same for either API version.</summary>
    private ((string Id, int Quantity, decimal Unit, decimal Tax)[] Lines, decimal Shipping, int City, bool ByAmazon) Generate(int index)
    {
        var random = SandboxRandom.For(_options.Seed, index, 2);
        var items = 1 + random.Next(Math.Max(1, _options.MaxItemsPerOrder));
        var lines = new (string Id, int Quantity, decimal Unit, decimal Tax)[items];
        for (var n = 0; n < items; n++)
        {
            lines[n] = ($"{index:0000000000}{n:0000}", 1 + random.Next(3), random.Next(500, 20_000) / 100m, random.Next(0, 300) / 100m);
        }

        return (lines, random.Next(0, 2) == 0 ? 0m : 4.99m, random.Next(Cities.Length), random.Next(5) == 0);
    }

    public void WriteOrder(Utf8JsonWriter w, int index)
    {
        var fault = _faults.For(index);
        var currency = fault == AmazonSandboxRecordFault.UnknownCurrency ? "XQQ" : _options.Currency;
        var status = StatusOf(index);
        var (lines, shipping, city, byAmazon) = Generate(index);
        var itemTotal = lines.Sum(l => l.Unit * l.Quantity);
        var taxTotal = lines.Sum(l => l.Tax);

        w.WriteStartObject();
        if (fault != AmazonSandboxRecordFault.MissingId)
        {
            w.WriteString("orderId", OrderId(index));
        }

        SandboxJson.Timestamp(w, "createdTime", Arrivals.CreatedAt(index));
        SandboxJson.Timestamp(w, "lastUpdatedTime", UpdatedAt(index));
        w.WriteStartObject("salesChannel");
        w.WriteString("channelName", "AMAZON");
        w.WriteString("marketplaceId", _options.MarketplaceId);
        w.WriteEndObject();

        w.WriteStartObject("buyer");
        w.WriteString("buyerName", $"Buyer {index}");
        w.WriteString("buyerEmail", $"buyer{index}@marketplace.amazon.com");
        w.WriteEndObject();

        w.WriteStartObject("recipient");
        w.WriteStartObject("deliveryAddress");
        w.WriteString("name", $"Buyer {index}");
        w.WriteString("addressLine1", $"{100 + index} Main Street");
        w.WriteString("city", Cities[city]);
        w.WriteString("stateOrRegion", Regions[city]);
        w.WriteString("postalCode", $"{10000 + (index % 89999)}");
        w.WriteString("countryCode", fault == AmazonSandboxRecordFault.UnknownCountry ? "QQ" : "US");
        w.WriteString("addressType", "RESIDENTIAL");
        w.WriteEndObject();
        w.WriteEndObject();

        w.WriteStartObject("proceeds");
        Money(w, "grandTotal", fault == AmazonSandboxRecordFault.BadAmount ? "12,5O" : SandboxJson.Amount(itemTotal + taxTotal + shipping), currency);
        w.WriteStartArray("breakdowns");
        Breakdown(w, "ITEM", itemTotal, currency);
        Breakdown(w, "TAX", taxTotal, currency);
        if (shipping > 0)
        {
            Breakdown(w, "SHIPPING", shipping, currency);
        }

        w.WriteEndArray();
        w.WriteEndObject();

        w.WriteStartObject("fulfillment");
        w.WriteString("fulfillmentStatus", status);
        w.WriteString("fulfilledBy", byAmazon ? "AMAZON" : "MERCHANT");
        w.WriteString("fulfillmentServiceLevel", "STANDARD");
        w.WriteStartObject("shipByWindow");
        SandboxJson.Timestamp(w, "earliestDateTime", Arrivals.CreatedAt(index).AddDays(1));
        SandboxJson.Timestamp(w, "latestDateTime", Arrivals.CreatedAt(index).AddDays(2));
        w.WriteEndObject();
        w.WriteEndObject();

        w.WriteStartArray("packages");
        foreach (var shipment in _shipments.Where(s => s.Index == index))
        {
            w.WriteStartObject();
            w.WriteString("packageReferenceId", shipment.PackageReferenceId);
            w.WriteString("carrier", shipment.CarrierCode);
            w.WriteString("trackingNumber", shipment.TrackingNumber);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("orderItems");
        foreach (var (id, quantity, unit, tax) in lines)
        {
            w.WriteStartObject();
            w.WriteString("orderItemId", id);
            w.WriteNumber("quantityOrdered", quantity);
            w.WriteStartObject("product");
            w.WriteString("asin", $"B0{(index * 7 + quantity) % 100_000_000:00000000}");
            w.WriteString("title", $"Sandbox product {id[^4..]}");
            w.WriteString("sellerSku", $"SKU-{(index + quantity) % 50:000}");
            w.WriteStartObject("price");
            Money(w, "unitPrice", SandboxJson.Amount(unit), currency);
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteStartObject("proceeds");
            Money(w, "proceedsTotal", SandboxJson.Amount((unit * quantity) + tax), currency);
            w.WriteStartArray("breakdowns");
            Breakdown(w, "ITEM", unit * quantity, currency);
            Breakdown(w, "TAX", tax, currency);
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>
    /// Order i as Orders API v0 writes it (getOrders): PascalCase names, v0 status words, OrderTotal; the buyer's name
    /// and the address's name and street line only for a call made with a Restricted Data Token.
    /// </summary>
    public void WriteOrderV0(Utf8JsonWriter w, int index, bool restricted = false)
    {
        var (lines, shipping, city, byAmazon) = Generate(index);
        var currency = _faults.For(index) == AmazonSandboxRecordFault.UnknownCurrency ? "XQQ" : _options.Currency;
        w.WriteStartObject();
        w.WriteString("AmazonOrderId", OrderId(index));
        SandboxJson.Timestamp(w, "PurchaseDate", Arrivals.CreatedAt(index));
        SandboxJson.Timestamp(w, "LastUpdateDate", UpdatedAt(index));
        w.WriteString("OrderStatus", StatusOf(index) switch
        {
            "PENDING" => "Pending",
            "UNSHIPPED" => "Unshipped",
            "PARTIALLY_SHIPPED" => "PartiallyShipped",
            "SHIPPED" => "Shipped",
            _ => "Canceled",
        });
        w.WriteString("FulfillmentChannel", byAmazon ? "AFN" : "MFN");
        w.WriteString("MarketplaceId", _options.MarketplaceId);
        MoneyV0(w, "OrderTotal", lines.Sum(l => (l.Unit * l.Quantity) + l.Tax) + shipping, currency);
        SandboxJson.Timestamp(w, "EarliestShipDate", Arrivals.CreatedAt(index).AddDays(1));
        SandboxJson.Timestamp(w, "LatestShipDate", Arrivals.CreatedAt(index).AddDays(2));
        w.WriteStartObject("ShippingAddress");
        if (restricted)
        {
            w.WriteString("Name", $"Buyer {index}");
            w.WriteString("AddressLine1", $"{100 + index} Main Street");
        }

        w.WriteString("City", Cities[city]);
        w.WriteString("StateOrRegion", Regions[city]);
        w.WriteString("PostalCode", $"{10000 + (index % 89999)}");
        w.WriteString("CountryCode", "US");
        w.WriteEndObject();
        w.WriteStartObject("BuyerInfo");
        w.WriteString("BuyerEmail", $"buyer{index}@marketplace.amazon.com");
        if (restricted)
        {
            w.WriteString("BuyerName", $"Buyer {index}");
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary>Order i's items as getOrderItems writes them: ItemPrice is the line total; shipping is charged on the first item.</summary>
    public void WriteOrderItemsV0(Utf8JsonWriter w, int index)
    {
        var (lines, shipping, _, _) = Generate(index);
        var currency = _faults.For(index) == AmazonSandboxRecordFault.UnknownCurrency ? "XQQ" : _options.Currency;
        w.WriteStartArray("OrderItems");
        for (var n = 0; n < lines.Length; n++)
        {
            var (id, quantity, unit, tax) = lines[n];
            w.WriteStartObject();
            w.WriteString("ASIN", $"B0{((index * 7) + quantity) % 100_000_000:00000000}");
            w.WriteString("SellerSKU", $"SKU-{(index + quantity) % 50:000}");
            w.WriteString("OrderItemId", id);
            w.WriteString("Title", $"Sandbox product {id[^4..]}");
            w.WriteNumber("QuantityOrdered", quantity);
            MoneyV0(w, "ItemPrice", unit * quantity, currency);
            MoneyV0(w, "ItemTax", tax, currency);
            MoneyV0(w, "ShippingPrice", n == 0 ? shipping : 0m, currency);
            w.WriteString("IsGift", "false");
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    /// <summary>The flat-file order report's columns, in Amazon's order.</summary>
    public static readonly string[] ReportColumns =
    [
        "amazon-order-id", "merchant-order-id", "purchase-date", "last-updated-date", "order-status", "fulfillment-channel", "sales-channel",
        "order-channel", "url", "ship-service-level", "product-name", "sku", "asin", "item-status", "quantity", "currency", "item-price", "item-tax",
        "shipping-price", "shipping-tax", "gift-wrap-price", "gift-wrap-tax", "item-promotion-discount", "ship-promotion-discount", "ship-city",
        "ship-state", "ship-postal-code", "ship-country", "promotion-ids", "is-business-order", "purchase-order-number", "price-designation",
    ];

    /// <summary>Order i's rows of GET_FLAT_FILE_ALL_ORDERS_DATA_BY_LAST_UPDATE_GENERAL: one per item, tab-separated, item-price the line total.</summary>
    public void WriteReportRows(TextWriter writer, int index)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var (lines, shipping, city, byAmazon) = Generate(index);
        var status = StatusOf(index) switch
        {
            "PENDING" => "Pending",
            "UNSHIPPED" => "Unshipped",
            "PARTIALLY_SHIPPED" => "PartiallyShipped",
            "SHIPPED" => "Shipped",
            _ => "Cancelled",
        };
        for (var n = 0; n < lines.Length; n++)
        {
            var (id, quantity, unit, tax) = lines[n];
            string[] cells =
            [
                OrderId(index), string.Empty, Iso(Arrivals.CreatedAt(index)), Iso(UpdatedAt(index)), status, byAmazon ? "Amazon" : "Merchant", "Amazon.com",
                string.Empty, string.Empty, "Standard", $"Sandbox product {id[^4..]}", $"SKU-{(index + quantity) % 50:000}", $"B0{((index * 7) + quantity) % 100_000_000:00000000}",
                status, quantity.ToString(CultureInfo.InvariantCulture), _options.Currency, SandboxJson.Amount(unit * quantity), SandboxJson.Amount(tax),
                SandboxJson.Amount(n == 0 ? shipping : 0m), "0.00", string.Empty, string.Empty, string.Empty, string.Empty, Cities[city],
                Regions[city], $"{10000 + (index % 89999)}", "US", string.Empty, "false", string.Empty, string.Empty,
            ];
            writer.Write(string.Join('\t', cells));
            writer.Write('\n');
        }
    }

    private static string Iso(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static void MoneyV0(Utf8JsonWriter w, string name, decimal amount, string currency)
    {
        w.WriteStartObject(name);
        w.WriteString("CurrencyCode", currency);
        w.WriteString("Amount", SandboxJson.Amount(amount));
        w.WriteEndObject();
    }

    private static void Money(Utf8JsonWriter w, string name, string amount, string currency)
    {
        w.WriteStartObject(name);
        w.WriteString("amount", amount);
        w.WriteString("currencyCode", currency);
        w.WriteEndObject();
    }

    private static void Breakdown(Utf8JsonWriter w, string type, decimal amount, string currency)
    {
        w.WriteStartObject();
        w.WriteString("type", type);
        Money(w, "subtotal", SandboxJson.Amount(amount), currency);
        w.WriteEndObject();
    }
}
