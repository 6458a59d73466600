using CrossBorderHub.Connectors.TikTokShop.Wire;
using CrossBorderHub.Mapping.Canonical;
using CrossBorderHub.Mapping.Rules;

namespace CrossBorderHub.Connectors.TikTokShop.Mapping;

/// <summary>
/// TikTok sends one line item per unit. Units of one SKU at one price fold into one canonical line whose quantity is
/// the unit count and whose id lists every TikTok line id (comma-separated, in TikTok's order), so a shipment can name them.
/// </summary>
internal static class TikTokLineFolding
{
    public const char IdSeparator = ',';

    public static IReadOnlyList<OrderLine> Fold(IReadOnlyList<TikTokLineItem>? items, string currency)
    {
        if (items is null || items.Count == 0)
        {
            throw new MappingException("The order has no line_items.");
        }

        return items
            .GroupBy(i => (Sku: i.SkuId ?? i.SellerSku, i.OriginalPrice))
            .Select(units => Line(units.ToList(), currency))
            .ToList();
    }

    private static OrderLine Line(List<TikTokLineItem> units, string currency)
    {
        var first = units[0];
        if (units.Any(u => string.IsNullOrEmpty(u.Id)))
        {
            throw new MappingException("A line item has no id.");
        }

        if (units.Any(u => u.Currency is not null && !string.Equals(CurrencyCodes.Normalize(u.Currency), currency, StringComparison.Ordinal)))
        {
            throw new MappingException($"A line item is not in the order currency {currency}.");
        }

        return new OrderLine
        {
            MarketplaceLineId = string.Join(IdSeparator, units.Select(u => u.Id)),
            Sku = first.SellerSku ?? first.SkuId,
            Title = string.IsNullOrEmpty(first.SkuName) ? first.ProductName : $"{first.ProductName} ({first.SkuName})",
            Quantity = units.Count,
            UnitPrice = TikTokMoney.Required(first.OriginalPrice, currency, "line_items.original_price"),
            Tax = TikTokMoney.Sum(units.SelectMany(u => u.ItemTax ?? []).Select(t => t.TaxAmount), currency, "line_items.item_tax.tax_amount"),
            Discount = TikTokMoney.Sum(units.SelectMany(u => new[] { u.SellerDiscount, u.PlatformDiscount }), currency, "line_items.discount"),
        };
    }
}
