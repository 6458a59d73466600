using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using CrossBorderHub.Connectors.SandboxKit;

namespace CrossBorderHub.Connectors.Ebay.Sandbox;

/// <summary>
/// The simulated seller's orders, computed on demand from (seed, index) at any volume: order i is created at
/// <see cref="SandboxArrivals"/>' i-th moment; a shipment moves it to a later lastModifiedDate.
/// </summary>
public sealed class EbaySandboxData
{
    private readonly EbaySandboxOptions _options;
    private readonly ConcurrentDictionary<string, List<EbaySandboxShipment>> _shipments = new(StringComparer.Ordinal);

    public EbaySandboxData(EbaySandboxOptions options)
    {
        _options = options;
        var start = options.OrdersStartAt ?? options.TimeProvider.GetUtcNow() - (options.OrderInterval * options.OrderCount);
        Arrivals = new SandboxArrivals(start, options.OrderInterval, options.OrderCount);
    }

    public SandboxArrivals Arrivals { get; }

    public SandboxUpdates Updates { get; } = new();

    public string Currency => _options.MarketplaceId switch
    {
        "EBAY_GB" => "GBP",
        "EBAY_DE" or "EBAY_ES" or "EBAY_FR" or "EBAY_IT" or "EBAY_AT" or "EBAY_BE" or "EBAY_NL" or "EBAY_IE" => "EUR",
        "EBAY_CA" => "CAD",
        "EBAY_AU" => "AUD",
        _ => "USD",
    };

    private string Country => _options.MarketplaceId switch
    {
        "EBAY_GB" => "GB",
        "EBAY_DE" => "DE",
        "EBAY_ES" => "ES",
        "EBAY_FR" => "FR",
        "EBAY_IT" => "IT",
        "EBAY_CA" => "CA",
        "EBAY_AU" => "AU",
        _ => "US",
    };

    public static string OrderId(int seed, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{10 + (Math.Abs(seed) % 90):D2}-{index / 100_000:D5}-{index % 100_000:D5}");

    public string OrderId(int index) => OrderId(_options.Seed, index);

    /// <summary>The index of an order id this store issued and already created, or -1.</summary>
    public int IndexOf(string orderId)
    {
        var parts = orderId.Split('-');
        return parts.Length == 3
            && parts[0] == OrderId(0)[..2]
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var high)
            && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var low)
            && high * 100_000L + low is var index and < int.MaxValue
            && index < Arrivals.VisibleCount(_options.TimeProvider.GetUtcNow())
                ? (int)index
                : -1;
    }

    public IReadOnlyList<EbaySandboxShipment> ShipmentsOf(string orderId) =>
        _shipments.TryGetValue(orderId, out var list) ? Snapshot(list) : [];

    public IReadOnlyList<EbaySandboxShipment> AllShipments() => [.. _shipments.Values.SelectMany(Snapshot)];

    /// <summary>Records a shipment and moves its order's lastModifiedDate to now.</summary>
    public EbaySandboxShipment Ship(int index, IReadOnlyList<(string LineItemId, int Quantity)> lines, string carrier, string tracking, string shippedDate)
    {
        var orderId = OrderId(index);
        var list = _shipments.GetOrAdd(orderId, _ => []);
        EbaySandboxShipment shipment;
        lock (list)
        {
            shipment = new EbaySandboxShipment(string.Create(CultureInfo.InvariantCulture, $"{orderId}-F{list.Count + 1}"), orderId, lines, carrier, tracking, shippedDate);
            list.Add(shipment);
        }

        Updates.Touch(index, _options.TimeProvider.GetUtcNow());
        return shipment;
    }

    /// <summary>The line items of an order: id and quantity.</summary>
    public IReadOnlyList<(string LineItemId, int Quantity)> LinesOf(int index)
    {
        var random = SandboxRandom.For(_options.Seed, index, 2);
        var count = 1 + random.Next(3);
        return [.. Enumerable.Range(0, count).Select(line => (LineItemId(index, line), 1 + random.Next(3)))];
    }

    /// <summary>Indices of the orders on one getOrders page, sorted by (lastModifiedDate, index), and how many match in all.</summary>
    public (IReadOnlyList<int> Page, int Total) Page(SandboxWindow window, int offset, int limit)
    {
        var count = Arrivals.VisibleCount(_options.TimeProvider.GetUtcNow());
        var moved = Updates.Snapshot();
        var (keys, _) = SandboxPaging.Page(count, Arrivals.CreatedAt, moved, window, null, offset + limit);
        return ([.. keys.Skip(offset).Select(k => k.Index)], Total(window, count, moved));
    }

    public JsonObject Order(int index)
    {
        var random = SandboxRandom.For(_options.Seed, index, 1);
        var created = Arrivals.CreatedAt(index);
        var modified = Updates.UpdatedAt(index, created);
        var currency = Currency;
        var fault = _options.Faults.OrderRecords.TryGetValue(index, out var f) ? f : EbaySandboxRecordFault.None;
        var lines = LinesOf(index);
        var shipped = ShipmentsOf(OrderId(index)).SelectMany(s => s.Lines).GroupBy(l => l.LineItemId).ToDictionary(g => g.Key, g => g.Sum(l => l.Quantity));
        var paymentRoll = random.NextDouble();
        var payment = paymentRoll < 0.1 ? "PENDING" : "PAID";
        var priceRandom = SandboxRandom.For(_options.Seed, index, 3);
        var lineItems = new JsonArray();
        var subtotal = 0m;
        foreach (var (lineItemId, quantity) in lines)
        {
            var unit = Math.Round(5m + (decimal)priceRandom.NextDouble() * 115m, 2);
            var cost = unit * quantity;
            subtotal += cost;
            var lineShipped = shipped.GetValueOrDefault(lineItemId);
            lineItems.Add(new JsonObject
            {
                ["lineItemId"] = lineItemId,
                ["legacyItemId"] = string.Create(CultureInfo.InvariantCulture, $"1100{priceRandom.Next(10_000_000, 99_999_999)}"),
                ["sku"] = string.Create(CultureInfo.InvariantCulture, $"EB-{priceRandom.Next(1, 60):D3}"),
                ["title"] = string.Create(CultureInfo.InvariantCulture, $"Sandbox item {lineItemId}"),
                ["lineItemCost"] = Amount(cost, currency),
                ["quantity"] = quantity,
                ["soldFormat"] = "FIXED_PRICE",
                ["listingMarketplaceId"] = _options.MarketplaceId,
                ["purchaseMarketplaceId"] = _options.MarketplaceId,
                ["lineItemFulfillmentStatus"] = lineShipped >= quantity ? "FULFILLED" : lineShipped > 0 ? "IN_PROGRESS" : "NOT_STARTED",
                ["total"] = Amount(cost, currency),
                ["appliedPromotions"] = new JsonArray(),
                ["taxes"] = new JsonArray(),
                ["ebayCollectAndRemitTaxes"] = new JsonArray(),
                ["lineItemFulfillmentInstructions"] = new JsonObject
                {
                    ["shipByDate"] = Stamp(created.AddDays(3)),
                    ["guaranteedDelivery"] = false,
                },
            });
        }

        var delivery = Math.Round(3m + (decimal)priceRandom.NextDouble() * 12m, 2);
        var shippedLines = lines.Count(l => shipped.GetValueOrDefault(l.LineItemId) >= l.Quantity);
        var fulfillment = shippedLines == lines.Count ? "FULFILLED" : shipped.Count > 0 ? "IN_PROGRESS" : "NOT_STARTED";
        var order = new JsonObject
        {
            ["orderId"] = OrderId(index),
            ["legacyOrderId"] = string.Create(CultureInfo.InvariantCulture, $"1100{index:D8}-2800{index:D8}"),
            ["creationDate"] = Stamp(created),
            ["lastModifiedDate"] = Stamp(modified),
            ["orderFulfillmentStatus"] = fulfillment,
            ["orderPaymentStatus"] = payment,
            ["sellerId"] = "sandbox_seller",
            ["buyer"] = new JsonObject { ["username"] = string.Create(CultureInfo.InvariantCulture, $"buyer_{index}") },
            ["pricingSummary"] = new JsonObject
            {
                ["priceSubtotal"] = Amount(subtotal, currency),
                ["deliveryCost"] = Amount(delivery, currency),
                ["total"] = fault switch
                {
                    EbaySandboxRecordFault.BadAmount => new JsonObject { ["value"] = "12,5O", ["currency"] = currency },
                    EbaySandboxRecordFault.UnknownCurrency => Amount(subtotal + delivery, "XQZ"),
                    _ => Amount(subtotal + delivery, currency),
                },
            },
            ["cancelStatus"] = new JsonObject { ["cancelState"] = "NONE_REQUESTED", ["cancelRequests"] = new JsonArray() },
            ["fulfillmentStartInstructions"] = new JsonArray(new JsonObject
            {
                ["fulfillmentInstructionsType"] = "SHIP_TO",
                ["ebaySupportedFulfillment"] = false,
                ["shippingStep"] = new JsonObject
                {
                    ["shipTo"] = new JsonObject
                    {
                        ["fullName"] = string.Create(CultureInfo.InvariantCulture, $"Buyer {index}"),
                        ["contactAddress"] = new JsonObject
                        {
                            ["addressLine1"] = string.Create(CultureInfo.InvariantCulture, $"{1 + (index % 900)} Market Street"),
                            ["city"] = "Springfield",
                            ["postalCode"] = string.Create(CultureInfo.InvariantCulture, $"{10_000 + (index % 89_999)}"),
                            ["countryCode"] = fault == EbaySandboxRecordFault.UnknownCountry ? "QQ" : Country,
                        },
                        ["primaryPhone"] = new JsonObject { ["phoneNumber"] = "5550100" },
                    },
                    ["shippingCarrierCode"] = "USPS",
                    ["shippingServiceCode"] = "USPSPriority",
                },
            }),
            ["fulfillmentHrefs"] = new JsonArray(),
            ["lineItems"] = lineItems,
            ["ebayCollectAndRemitTax"] = false,
            ["salesRecordReference"] = string.Create(CultureInfo.InvariantCulture, $"{1000 + index}"),
        };
        if (fault == EbaySandboxRecordFault.MissingOrderId)
        {
            order.Remove("orderId");
        }

        return order;
    }

    public static string Stamp(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static string LineItemId(int index, int line) => string.Create(CultureInfo.InvariantCulture, $"{index + 1:D9}{line + 1:D2}");

    private static JsonObject Amount(decimal value, string currency) =>
        new() { ["value"] = value.ToString("0.00", CultureInfo.InvariantCulture), ["currency"] = currency };

    private static List<EbaySandboxShipment> Snapshot(List<EbaySandboxShipment> list)
    {
        lock (list)
        {
            return [.. list];
        }
    }

    private int Total(SandboxWindow window, int count, SandboxKey[] moved)
    {
        var first = LowerBound(count, i => window.StartsBy(Arrivals.CreatedAt(i)));
        var end = LowerBound(count, i => !window.EndsAfter(Arrivals.CreatedAt(i)));
        var total = Math.Max(0, end - first);
        foreach (var key in moved)
        {
            if (key.Index >= count)
            {
                continue;
            }

            if (key.Index >= first && key.Index < end)
            {
                total--;
            }

            if (window.Contains(key.At))
            {
                total++;
            }
        }

        return total;
    }

    private static int LowerBound(int count, Func<int, bool> predicate)
    {
        int lo = 0, hi = count;
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) / 2);
            if (predicate(mid))
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return lo;
    }
}
