using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace CrossBorderHub.Connectors.Shopify.Sandbox;

/// <summary>Checks a mutation's input against the store and works out what it would change, before anything is applied.</summary>
internal static class SandboxMutations
{
    public const string FulfillmentCreate = "fulfillmentCreate";
    public const string InventorySetQuantities = "inventorySetQuantities";
    public const string InvalidVariableCode = "INVALID_VARIABLE";

    private const int MaxQuantity = 1_000_000_000;

    /// <summary>The reasons Shopify accepts for a quantity change (shopify.dev, inventory quantities and states).</summary>
    private static readonly HashSet<string> Reasons = new(StringComparer.Ordinal)
    {
        "correction", "cycle_count_available", "damaged", "movement_canceled", "movement_created", "movement_received", "movement_updated",
        "other", "promotion", "quality_control", "received", "reservation_created", "reservation_deleted", "reservation_updated",
        "restock", "safety_stock", "shrinkage",
    };

    public static string? Text(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public static (SandboxOrder Order, List<(int Line, string LineItemId, int Quantity)> Lines)? PlanFulfillment(
        ShopifySandboxData data, JsonElement input, List<(string[] Field, string Message, string? Code)> errors)
    {
        var groups = input.GetProperty("lineItemsByFulfillmentOrder");
        SandboxOrder? order = null;
        var units = new Dictionary<int, int>();
        var i = 0;
        foreach (var group in groups.EnumerateArray())
        {
            string[] at = ["fulfillment", "lineItemsByFulfillmentOrder", i.ToString(CultureInfo.InvariantCulture)];
            i++;
            var id = Text(group, "fulfillmentOrderId");
            var index = data.FulfillmentOrderIndex(id);
            if (index < 0 || index >= data.VisibleOrderCount(DateTimeOffset.MaxValue))
            {
                errors.Add(([.. at, "fulfillmentOrderId"], "Fulfillment order does not exist.", null));
                continue;
            }

            var candidate = data.GenerateOrder(index);
            if (order is not null && order.Index != candidate.Index)
            {
                errors.Add(([.. at, "fulfillmentOrderId"], "All fulfillment orders must belong to the same order.", null));
                continue;
            }

            order = candidate;
            if (data.Closed(order) || Enumerable.Range(0, order.LineItems.Count).All(n => data.Remaining(order, n) == 0))
            {
                errors.Add(([.. at, "fulfillmentOrderId"], $"Fulfillment order {id} has an unfulfillable status= closed.", null));
                continue;
            }

            if (!group.TryGetProperty("fulfillmentOrderLineItems", out var items) || items.ValueKind == JsonValueKind.Null)
            {
                // Left out: every line of the fulfillment order, all that remains.
                for (var n = 0; n < order.LineItems.Count; n++)
                {
                    units[n] = units.GetValueOrDefault(n) + data.Remaining(order, n);
                }

                continue;
            }

            var j = 0;
            foreach (var item in items.EnumerateArray())
            {
                string[] itemAt = [.. at, "fulfillmentOrderLineItems", j.ToString(CultureInfo.InvariantCulture)];
                j++;
                var itemId = Text(item, "id");
                var line = Enumerable.Range(0, order.LineItems.Count).FirstOrDefault(n => ShopifySandboxData.FulfillmentOrderLineItemId(order.LineItems[n].Id) == itemId, -1);
                if (line < 0)
                {
                    errors.Add(([.. itemAt, "id"], "Fulfillment order line item does not exist.", null));
                    continue;
                }

                units[line] = units.GetValueOrDefault(line) + item.GetProperty("quantity").GetInt32();
            }
        }

        if (order is null || errors.Count > 0)
        {
            return null;
        }

        foreach (var (line, quantity) in units)
        {
            if (quantity <= 0 || quantity > data.Remaining(order, line))
            {
                errors.Add((["fulfillment", "lineItemsByFulfillmentOrder"], "Invalid fulfillment order line item quantity requested.", null));
                return null;
            }
        }

        if (units.Values.Sum() == 0)
        {
            errors.Add((["fulfillment", "lineItemsByFulfillmentOrder"], "Fulfillment must contain at least one line item.", null));
            return null;
        }

        return (order, [.. units.Where(u => u.Value > 0).OrderBy(u => u.Key).Select(u => (u.Key, order.LineItems[u.Key].Id, u.Value))]);
    }

    public static List<(int Item, int Location, ShopifySandboxStockSet Set)> PlanStock(
        ShopifySandboxData data, JsonElement input, string key, List<(string[] Field, string Message, string? Code)> errors)
    {
        var name = Text(input, "name");
        if (name is not (ShopifyConstants.QuantityNames.Available or ShopifyConstants.QuantityNames.OnHand))
        {
            errors.Add((["input", "name"], "The quantity name must be either 'available' or 'on_hand'.", "INVALID_NAME"));
        }

        if (!Reasons.Contains(Text(input, "reason") ?? ""))
        {
            errors.Add((["input", "reason"], "The specified reason is invalid.", "INVALID_REASON"));
        }

        var sets = new List<(int, int, ShopifySandboxStockSet)>();
        var seen = new HashSet<(int, int)>();
        var i = 0;
        foreach (var quantity in input.GetProperty("quantities").EnumerateArray())
        {
            string[] at = ["input", "quantities", i.ToString(CultureInfo.InvariantCulture)];
            i++;
            var itemId = Text(quantity, "inventoryItemId")!;
            var locationId = Text(quantity, "locationId")!;
            var item = data.InventoryItemIndex(itemId);
            var location = data.LocationIndex(locationId);
            var target = quantity.GetProperty("quantity").GetInt32();
            if (item < 0)
            {
                errors.Add(([.. at, "inventoryItemId"], "The specified inventory item could not be found.", "INVALID_INVENTORY_ITEM"));
                continue;
            }

            if (location < 0)
            {
                errors.Add(([.. at, "locationId"], "The specified location could not be found.", "INVALID_LOCATION"));
                continue;
            }

            if (!seen.Add((item, location)))
            {
                errors.Add((at, "The combination of inventoryItemId and locationId must be unique.", "NO_DUPLICATE_INVENTORY_ITEM_ID_GROUP_ID_PAIR"));
                continue;
            }

            if (!quantity.TryGetProperty("changeFromQuantity", out var changeFrom))
            {
                // Since 2026-04 the field must be sent, null included; leaving it out is refused at run time.
                errors.Add(([.. at, "changeFromQuantity"], "changeFromQuantity is required: pass the expected current quantity, or null to skip the check.", null));
                continue;
            }

            var offset = name == ShopifyConstants.QuantityNames.OnHand ? item % 5 : 0;
            var current = data.Available(item, location) + offset;
            int? expected = changeFrom.ValueKind == JsonValueKind.Null ? null : changeFrom.GetInt32();
            if (target < 0)
            {
                errors.Add(([.. at, "quantity"], "The quantity can't be negative.", "INVALID_QUANTITY_NEGATIVE"));
            }
            else if (target > MaxQuantity)
            {
                errors.Add(([.. at, "quantity"], "The total quantity can't be higher than 1,000,000,000.", "INVALID_QUANTITY_TOO_HIGH"));
            }
            else if (expected is { } value && value != current)
            {
                errors.Add(([.. at, "changeFromQuantity"], "The changeFromQuantity value does not match persisted value.", "CHANGE_FROM_QUANTITY_STALE"));
            }
            else
            {
                sets.Add((item, location, new ShopifySandboxStockSet(itemId, locationId, current - offset, target - offset, expected, key)));
            }
        }

        return sets;
    }

    /// <summary>The inventorySetQuantities payload as JSON, kept per idempotency key and given again for a retry.</summary>
    public static byte[] StockAnswer(
        (string Group, List<ShopifySandboxStockSet> Sets, DateTimeOffset At)? applied, IReadOnlyList<(string[] Field, string Message, string? Code)> errors, JsonElement input)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            if (applied is { } a)
            {
                w.WriteStartObject("inventoryAdjustmentGroup");
                w.WriteString("id", a.Group);
                w.WriteString("createdAt", a.At.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
                w.WriteString("reason", Text(input, "reason"));
                w.WriteString("referenceDocumentUri", Text(input, "referenceDocumentUri"));
                w.WriteStartArray("changes");
                foreach (var set in a.Sets)
                {
                    w.WriteStartObject();
                    w.WriteString("name", ShopifyConstants.QuantityNames.Available);
                    w.WriteNumber("delta", set.After - set.Before);
                    w.WriteNumber("quantityAfterChange", set.After);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }
            else
            {
                w.WriteNull("inventoryAdjustmentGroup");
            }

            SandboxPushWriter.UserErrors(w, errors, withCode: true);
            w.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
