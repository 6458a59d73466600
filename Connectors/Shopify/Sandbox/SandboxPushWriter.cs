using System.Globalization;
using System.Text.Json;

namespace CrossBorderHub.Connectors.Shopify.Sandbox;

/// <summary>Writes the push path's objects in Shopify's JSON shapes.</summary>
internal static class SandboxPushWriter
{
    public static void FulfillableOrder(Utf8JsonWriter w, ShopifySandboxData data, SandboxOrder order, IReadOnlyList<ShopifySandboxFulfillment> fulfillments, int linesFirst)
    {
        w.WriteStartObject();
        w.WriteString("id", order.Id);
        w.WriteStartArray("fulfillments");
        foreach (var fulfillment in fulfillments)
        {
            Fulfillment(w, fulfillment);
        }

        w.WriteEndArray();
        var remaining = Enumerable.Range(0, order.LineItems.Count).Select(n => data.Remaining(order, n)).ToArray();
        var status = order.CancelledAt is not null ? "CANCELLED"
            : remaining.All(r => r == 0) ? "CLOSED"
            : fulfillments.Count > 0 ? "IN_PROGRESS"
            : "OPEN";
        w.WriteStartObject("fulfillmentOrders");
        w.WriteStartArray("edges");
        w.WriteStartObject();
        w.WriteString("cursor", SandboxWriter.LineCursor(1));
        w.WriteStartObject("node");
        w.WriteString("id", ShopifySandboxData.FulfillmentOrderId(order.Index));
        w.WriteString("status", status);
        w.WriteStartObject("lineItems");
        w.WriteStartArray("edges");
        var end = Math.Min(order.LineItems.Count, Math.Max(0, linesFirst));
        for (var n = 0; n < end; n++)
        {
            var line = order.LineItems[n];
            w.WriteStartObject();
            w.WriteString("cursor", SandboxWriter.LineCursor(n + 1));
            w.WriteStartObject("node");
            w.WriteString("id", ShopifySandboxData.FulfillmentOrderLineItemId(line.Id));
            w.WriteNumber("remainingQuantity", remaining[n]);
            w.WriteNumber("totalQuantity", line.Quantity);
            w.WriteString("sku", line.Sku);
            w.WriteStartObject("lineItem");
            w.WriteString("id", line.Id);
            w.WriteString("sku", line.Sku);
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        SandboxWriter.PageInfo(w, end < order.LineItems.Count, end > 0 ? SandboxWriter.LineCursor(end) : null);
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndArray();
        SandboxWriter.PageInfo(w, false, SandboxWriter.LineCursor(1));
        w.WriteEndObject();
        w.WriteEndObject();
    }

    public static void Fulfillment(Utf8JsonWriter w, ShopifySandboxFulfillment fulfillment)
    {
        w.WriteStartObject();
        w.WriteString("id", fulfillment.Id);
        w.WriteString("status", "SUCCESS");
        w.WriteString("createdAt", fulfillment.CreatedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
        w.WriteNumber("totalQuantity", fulfillment.QuantityByLineItemId.Values.Sum());
        w.WriteStartArray("trackingInfo");
        if (fulfillment.Number is not null || fulfillment.Company is not null)
        {
            w.WriteStartObject();
            w.WriteString("company", fulfillment.Company);
            w.WriteString("number", fulfillment.Number);
            w.WriteString("url", fulfillment.Url);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    public static void UserErrors(Utf8JsonWriter w, IReadOnlyList<(string[] Field, string Message, string? Code)> errors, bool withCode)
    {
        w.WriteStartArray("userErrors");
        foreach (var (field, message, code) in errors)
        {
            w.WriteStartObject();
            if (withCode)
            {
                w.WriteString("code", code);
            }

            w.WriteStartArray("field");
            foreach (var part in field)
            {
                w.WriteStringValue(part);
            }

            w.WriteEndArray();
            w.WriteString("message", message);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
