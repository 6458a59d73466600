using System.Globalization;
using System.Text.Json;
using CrossBorderHub.Connectors.SandboxKit;

namespace CrossBorderHub.Connectors.Shopify.Sandbox;

/// <summary>Writes generated records in Shopify's JSON shapes (Decimal and UnsignedInt64 as strings, DateTime as ISO 8601).</summary>
internal static class SandboxWriter
{
    public static void Order(Utf8JsonWriter w, SandboxOrder o, int lineItemsFirst, int lineItemsAfter)
    {
        w.WriteStartObject();
        OrderFields(w, o);
        w.WritePropertyName("lineItems");
        LineItems(w, o, lineItemsFirst, lineItemsAfter);
        w.WriteEndObject();
    }

    /// <summary>An order's own fields, without its line items (a bulk JSONL line carries them apart).</summary>
    public static void OrderFields(Utf8JsonWriter w, SandboxOrder o)
    {
        if (o.Id is null)
        {
            w.WriteNull("id");
        }
        else
        {
            w.WriteString("id", o.Id);
        }

        w.WriteString("legacyResourceId", o.LegacyId.ToString(CultureInfo.InvariantCulture));
        w.WriteString("name", o.Name);
        Time(w, "createdAt", o.CreatedAt);
        Time(w, "updatedAt", o.UpdatedAt);
        if (o.CancelledAt is { } cancelled)
        {
            Time(w, "cancelledAt", cancelled);
        }
        else
        {
            w.WriteNull("cancelledAt");
        }

        w.WriteString("displayFinancialStatus", o.FinancialStatus);
        w.WriteString("displayFulfillmentStatus", o.FulfillmentStatus);
        w.WriteString("returnStatus", o.ReturnStatus);
        w.WriteString("currencyCode", o.Currency);
        MoneyBag(w, "subtotalPriceSet", o.Subtotal, o.Currency);
        MoneyBag(w, "totalShippingPriceSet", o.Shipping, o.Currency);
        MoneyBag(w, "totalTaxSet", o.Tax, o.Currency);
        MoneyBag(w, "totalDiscountsSet", o.Discounts, o.Currency);
        MoneyBag(w, "totalPriceSet", o.Total, o.Currency);
        w.WriteString("email", o.Email);
        w.WriteString("phone", o.Phone);
        w.WriteStartObject("shippingAddress");
        w.WriteString("name", o.Address.Name);
        w.WriteString("company", o.Address.Company);
        w.WriteString("address1", o.Address.Address1);
        w.WriteString("address2", o.Address.Address2);
        w.WriteString("city", o.Address.City);
        w.WriteString("provinceCode", o.Address.ProvinceCode);
        w.WriteString("zip", o.Address.Zip);
        w.WriteString("countryCodeV2", o.Address.CountryCode);
        w.WriteString("phone", o.Address.Phone);
        w.WriteEndObject();
    }

    public static void LineItems(Utf8JsonWriter w, SandboxOrder o, int first, int after)
    {
        w.WriteStartObject();
        w.WriteStartArray("edges");
        var end = Math.Min(o.LineItems.Count, after + first);
        for (var n = after; n < end; n++)
        {
            var line = o.LineItems[n];
            w.WriteStartObject();
            w.WriteString("cursor", LineCursor(n + 1));
            w.WriteStartObject("node");
            LineItemFields(w, line, o.Currency);
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        PageInfo(w, end < o.LineItems.Count, end > after ? LineCursor(end) : null);
        w.WriteEndObject();
    }

    public static void LineItemFields(Utf8JsonWriter w, SandboxLineItem line, string currency)
    {
        w.WriteString("id", line.Id);
        w.WriteString("sku", line.Sku);
        w.WriteString("title", line.Title);
        w.WriteNumber("quantity", line.Quantity);
        MoneyBag(w, "originalUnitPriceSet", line.UnitPrice, currency);
        w.WriteStartArray("taxLines");
        w.WriteStartObject();
        MoneyBag(w, "priceSet", line.Tax, currency);
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteStartArray("discountAllocations");
        if (line.Discount != "0.00")
        {
            w.WriteStartObject();
            MoneyBag(w, "allocatedAmountSet", line.Discount, currency);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    public static string LineCursor(int position) => SandboxCursor.Position(position);

    public static void Product(Utf8JsonWriter w, SandboxProduct p, int variantsFirst)
    {
        w.WriteStartObject();
        ProductFields(w, p);
        w.WritePropertyName("variants");
        Variants(w, p, variantsFirst, 0);
        w.WriteEndObject();
    }

    public static void ProductFields(Utf8JsonWriter w, SandboxProduct p)
    {
        w.WriteString("id", p.Id);
        w.WriteString("title", p.Title);
        w.WriteString("vendor", p.Vendor);
        w.WriteString("status", p.Status);
        Time(w, "updatedAt", p.UpdatedAt);
    }

    public static void Variants(Utf8JsonWriter w, SandboxProduct p, int first, int after)
    {
        w.WriteStartObject();
        w.WriteStartArray("edges");
        var end = Math.Min(p.Variants.Count, after + Math.Max(0, first));
        for (var v = after; v < end; v++)
        {
            var variant = p.Variants[v];
            w.WriteStartObject();
            w.WriteString("cursor", LineCursor(v + 1));
            w.WriteStartObject("node");
            VariantFields(w, variant);
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        PageInfo(w, end < p.Variants.Count, end > after ? LineCursor(end) : null);
        w.WriteEndObject();
    }

    public static void VariantFields(Utf8JsonWriter w, SandboxVariant variant)
    {
        w.WriteString("id", variant.Id);
        w.WriteString("sku", variant.Sku);
        w.WriteString("barcode", variant.Barcode);
        w.WriteString("title", variant.Title);
        w.WriteString("price", variant.Price);
        w.WriteStartObject("inventoryItem");
        w.WriteString("harmonizedSystemCode", variant.HsCode);
        w.WriteString("countryCodeOfOrigin", variant.CountryOfOrigin);
        w.WriteStartObject("measurement");
        w.WriteStartObject("weight");
        w.WriteNumber("value", variant.Weight);
        w.WriteString("unit", variant.WeightUnit);
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    public static void InventoryItem(Utf8JsonWriter w, ShopifySandboxData data, int n, int levelsFirst)
    {
        var (product, variant) = data.InventoryItem(n);
        w.WriteStartObject();
        w.WriteString("id", variant.InventoryItemId);
        w.WriteString("sku", variant.Sku);
        Time(w, "updatedAt", data.Ledger.ItemUpdatedAt(n) ?? product.UpdatedAt);
        w.WritePropertyName("inventoryLevels");
        InventoryLevels(w, data, n, product, levelsFirst, 0);
        w.WriteEndObject();
    }

    public static void InventoryLevels(Utf8JsonWriter w, ShopifySandboxData data, int n, SandboxProduct product, int first, int after)
    {
        w.WriteStartObject();
        w.WriteStartArray("edges");
        var end = Math.Min(data.Locations.Count, after + Math.Max(0, first));
        for (var k = after; k < end; k++)
        {
            var location = data.Locations[k];
            var available = data.Available(n, k);
            w.WriteStartObject();
            w.WriteString("cursor", LineCursor(k + 1));
            w.WriteStartObject("node");
            Time(w, "updatedAt", data.Ledger.LevelUpdatedAt(n, k) ?? product.UpdatedAt);
            w.WriteStartObject("location");
            w.WriteString("id", location.Id);
            w.WriteString("name", location.Name);
            w.WriteBoolean("isFulfillmentService", location.IsFulfillmentService);
            w.WriteEndObject();
            w.WriteStartArray("quantities");
            Quantity(w, ShopifyConstants.QuantityNames.Available, available);
            Quantity(w, ShopifyConstants.QuantityNames.OnHand, available + (n % 5));
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        PageInfo(w, end < data.Locations.Count, end > after ? LineCursor(end) : null);
        w.WriteEndObject();
    }

    public static void PageInfo(Utf8JsonWriter w, bool hasNextPage, string? endCursor)
    {
        w.WriteStartObject("pageInfo");
        w.WriteBoolean("hasNextPage", hasNextPage);
        w.WriteString("endCursor", endCursor);
        w.WriteEndObject();
    }

    private static void Quantity(Utf8JsonWriter w, string name, int quantity)
    {
        w.WriteStartObject();
        w.WriteString("name", name);
        w.WriteNumber("quantity", quantity);
        w.WriteEndObject();
    }

    private static void MoneyBag(Utf8JsonWriter w, string name, string amount, string currency)
    {
        w.WriteStartObject(name);
        w.WriteStartObject("shopMoney");
        w.WriteString("amount", amount);
        w.WriteString("currencyCode", currency);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void Time(Utf8JsonWriter w, string name, DateTimeOffset value) => SandboxJson.Timestamp(w, name, value);
}
