using System.Globalization;
using CrossBorderHub.Connectors.Amazon.Wire;
using CrossBorderHub.Mapping.Canonical;
using CrossBorderHub.Mapping.Ports;
using CrossBorderHub.Mapping.Rules;

namespace CrossBorderHub.Connectors.Amazon.Mapping;

/// <summary>
/// An order of GET_FLAT_FILE_ALL_ORDERS_DATA_BY_LAST_UPDATE_GENERAL to the canonical order. As in v0, item-price is
/// the line total. The report has no order item ids, so a line is named by its SKU and place in the order; an
/// incremental sync of the same order later replaces the lines with Amazon's item ids.
/// </summary>
internal static class AmazonReportOrderRules
{
    public static CanonicalOrder Map(AmazonReportOrder order, List<MappingIssue> issues)
    {
        var first = order.Rows[0];
        var id = AmazonProfile.Required(order.OrderId, AmazonFlatFile.OrderIdColumn);
        var currencyCode = order.Rows.Select(r => Cell(r, "currency")).FirstOrDefault(c => c is not null)
            ?? throw new MappingException("The report gives no currency for this order (Amazon leaves it empty on pending and cancelled orders).");
        var currency = CurrencyCodes.Normalize(currencyCode);
        var word = Cell(first, "order-status");

        // The reports spell it Cancelled; the Orders API Canceled.
        var status = AmazonOrderStatusTable.FromOrderStatus(word == "Cancelled" ? "Canceled" : word);
        if (status is null)
        {
            issues.Add(new MappingIssue(id, "order-status", word ?? "(null)"));
        }

        var lines = order.Rows.Select((row, n) => Line(row, n, currency)).ToList();
        var items = Sum(order.Rows, currency, "item-price");
        var shipping = Sum(order.Rows, currency, "shipping-price");
        var tax = Sum(order.Rows, currency, "item-tax", "shipping-tax", "gift-wrap-tax");
        var discounts = new Money(order.Rows.Sum(r => Math.Abs(Amount(r, "item-promotion-discount")) + Math.Abs(Amount(r, "ship-promotion-discount"))), currency);
        var giftWrap = Sum(order.Rows, currency, "gift-wrap-price");
        return new CanonicalOrder
        {
            MarketplaceOrderId = id,
            OrderNumber = id,
            Status = status ?? OrderStatus.Unknown,
            MarketplaceStatus = word ?? string.Empty,
            PlacedAt = Time(first, "purchase-date"),
            UpdatedAt = Time(first, "last-updated-date"),
            Currency = currency,
            Totals = new OrderTotals
            {
                Items = items,
                Shipping = shipping,
                Tax = tax,
                Discounts = discounts,
                Total = new Money(items.Amount + shipping.Amount + tax.Amount + giftWrap.Amount - discounts.Amount, currency),
            },
            ShippingAddress = new Address
            {
                City = Cell(first, "ship-city"),
                Region = Cell(first, "ship-state"),
                PostalCode = Cell(first, "ship-postal-code"),
                CountryCode = Cell(first, "ship-country") is { } country ? CountryCodes.Normalize(country) : null,
            },
            Lines = lines,

            // The report says "Amazon" or "Merchant".
            FulfilmentChannel = Cell(first, "fulfillment-channel") switch
            {
                "Amazon" => FulfilmentChannel.Marketplace,
                "Merchant" => FulfilmentChannel.Merchant,
                _ => FulfilmentChannel.Unknown,
            },
        };
    }

    private static OrderLine Line(IReadOnlyDictionary<string, string> row, int n, string currency)
    {
        var quantity = int.TryParse(Cell(row, "quantity") ?? "0", NumberStyles.None, CultureInfo.InvariantCulture, out var q)
            ? q
            : throw new MappingException($"quantity '{MarketplaceException.Bound(Cell(row, "quantity"), 20)}' is not a whole number.");
        var total = Amount(row, "item-price");
        var sku = Cell(row, "sku");
        return new OrderLine
        {
            MarketplaceLineId = string.Create(CultureInfo.InvariantCulture, $"{sku ?? Cell(row, "asin")}#{n + 1}"),
            Sku = sku,
            Title = Cell(row, "product-name"),
            Quantity = quantity,
            UnitPrice = new Money(quantity > 0 ? total / quantity : 0m, currency),
            Tax = new Money(Amount(row, "item-tax"), currency),
            Discount = new Money(Math.Abs(Amount(row, "item-promotion-discount")), currency),
        };
    }

    private static Money Sum(IReadOnlyList<IReadOnlyDictionary<string, string>> rows, string currency, params string[] columns) =>
        new(rows.Sum(r => columns.Sum(c => Amount(r, c))), currency);

    private static decimal Amount(IReadOnlyDictionary<string, string> row, string column) =>
        Cell(row, column) is { } text ? Decimals.Parse(text, column) : 0m;

    private static DateTimeOffset Time(IReadOnlyDictionary<string, string> row, string column) =>
        DateTimeOffset.TryParse(Cell(row, column), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? UtcTime.Normalize(at)
            : throw new MappingException($"{column} '{MarketplaceException.Bound(Cell(row, column), 40)}' is not a date-time.");

    private static string? Cell(IReadOnlyDictionary<string, string> row, string column) =>
        row.TryGetValue(column, out var value) && value.Length > 0 ? value : null;
}
