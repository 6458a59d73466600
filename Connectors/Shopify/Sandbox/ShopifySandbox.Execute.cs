using System.Buffers;
using System.Globalization;
using System.Text.Json;
using CrossBorderHub.Connectors.SandboxKit;
using GraphQLParser.AST;

namespace CrossBorderHub.Connectors.Shopify.Sandbox;

public sealed partial class ShopifySandbox
{
    private const long OrderIdBase = 5_100_000_000;

    private (int Status, byte[] Body, string? Code, string Root, int Cost) Execute(string? body)
    {
        JsonDocument request;
        try
        {
            request = JsonDocument.Parse(body ?? string.Empty);
        }
        catch (JsonException)
        {
            return (400, "{\"errors\":{\"query\":\"Required parameter missing or invalid\"}}"u8.ToArray(), "400", string.Empty, 0);
        }

        using (request)
        {
            var root = request.RootElement;
            var text = root.TryGetProperty("query", out var q) && q.ValueKind == JsonValueKind.String ? q.GetString()! : string.Empty;
            var variables = root.TryGetProperty("variables", out var v) ? v : default;
            var query = _schema.Parse(text);
            var rootNames = string.Join(",", query.RootFields.Select(f => (string)f.Name));
            if (query.Error is not null)
            {
                return (200, Error(query.Error, query.ErrorCode!, query.TypeName, query.FieldName, null), query.ErrorCode, rootNames, 0);
            }

            if (PushRequestError(query, variables) is { } refused)
            {
                return (200, refused, null, rootNames, 0);
            }

            var cost = _schema.Cost(query, variables);
            if (cost > ShopifyConstants.MaxSingleQueryCost)
            {
                var message = $"Query cost is {cost}, which exceeds the single query max cost limit ({ShopifyConstants.MaxSingleQueryCost}).";
                return (200, Error(message, ShopifyConstants.ErrorCodes.MaxCostExceeded, null, null, (cost, 0, _bucket.Capacity)), ShopifyConstants.ErrorCodes.MaxCostExceeded, rootNames, cost);
            }

            var (taken, available) = _bucket.TryTake(cost);
            if (!taken)
            {
                return (200, Error("Throttled", ShopifyConstants.ErrorCodes.Throttled, null, null, (cost, 0, available)), ShopifyConstants.ErrorCodes.Throttled, rootNames, cost);
            }

            // Shopify takes the requested cost up front and gives back what the answer did not use.
            var data = new ArrayBufferWriter<byte>(16 * 1024);
            using (var w = new Utf8JsonWriter(data))
            {
                w.WriteStartObject();
                foreach (var field in query.RootFields)
                {
                    WriteRootField(w, field, variables);
                }

                w.WriteEndObject();
            }

            // Worked out only when a bucket is charged: unthrottled (benchmark) answers skip the extra parse.
            var actual = cost;
            if (_options.Throttle.Enabled)
            {
                using var written = JsonDocument.Parse(data.WrittenMemory);
                actual = Math.Min(cost, _schema.ActualCost(query, written.RootElement));
            }

            available = _bucket.Refund(cost - actual);
            Interlocked.Add(ref _charged, actual);
            var buffer = new ArrayBufferWriter<byte>(data.WrittenCount + 256);
            using (var w = new Utf8JsonWriter(buffer))
            {
                w.WriteStartObject();
                w.WritePropertyName("data");
                w.WriteRawValue(data.WrittenSpan, skipInputValidation: true);
                Extensions(w, cost, actual, available);
                w.WriteEndObject();
            }

            return (200, buffer.WrittenSpan.ToArray(), null, rootNames, cost);
        }
    }

    private void WriteRootField(Utf8JsonWriter w, GraphQLField field, JsonElement variables)
    {
        if (TryWritePushField(w, field, variables))
        {
            return;
        }

        var name = (string)field.Name;
        var first = SandboxSchema.IntArgument(field, "first", variables);
        var after = SandboxCursor.Decode(SandboxSchema.StringArgument(field, "after", variables));
        var filter = SandboxFilter.Parse(SandboxSchema.StringArgument(field, "query", variables));
        var nested = NestedFirst(field, variables);
        switch (name)
        {
            case "shop":
                w.WriteStartObject(name);
                w.WriteString("currencyCode", _options.ShopCurrency);
                w.WriteEndObject();
                break;
            case "orders":
            {
                var visible = Data.VisibleOrderCount(_options.TimeProvider.GetUtcNow());
                var (page, hasNext) = SandboxPaging.Page(visible, Data.OrderCreatedAt, Data.TouchedSnapshot(), filter, after, first);
                Connection(w, name, page, hasNext, index => SandboxWriter.Order(w, Data.GenerateOrder(index), nested, 0));
                break;
            }

            case "order":
            {
                var id = SandboxSchema.StringArgument(field, "id", variables);
                var index = id is not null && long.TryParse(id.AsSpan(id.LastIndexOf('/') + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var legacy)
                    ? legacy - OrderIdBase
                    : -1;
                if (index < 0 || index >= Data.VisibleOrderCount(_options.TimeProvider.GetUtcNow()))
                {
                    w.WriteNull(name);
                    break;
                }

                var order = Data.GenerateOrder((int)index);
                var lines = field.SelectionSet!.Selections.OfType<GraphQLField>().First(f => (string)f.Name == "lineItems");
                var lineAfter = SandboxCursor.PositionOf(SandboxSchema.StringArgument(lines, "after", variables));
                w.WriteStartObject(name);
                w.WriteString("id", order.Id);
                w.WritePropertyName("lineItems");
                SandboxWriter.LineItems(w, order, SandboxSchema.IntArgument(lines, "first", variables), lineAfter);
                w.WriteEndObject();
                break;
            }

            case "products":
            {
                var (page, hasNext) = SandboxPaging.Page(_options.ProductCount, ProductUpdatedAt, [], filter, after, first);
                Connection(w, name, page, hasNext, index => SandboxWriter.Product(w, Data.GenerateProduct(index), nested));
                break;
            }

            case "product":
            {
                var index = Data.ProductIndex(SandboxSchema.StringArgument(field, "id", variables));
                if (index < 0)
                {
                    w.WriteNull(name);
                    break;
                }

                var product = Data.GenerateProduct(index);
                var (variantsFirst, variantsAfter) = NestedPage(field, "variants", variables);
                w.WriteStartObject(name);
                w.WriteString("id", product.Id);
                w.WritePropertyName("variants");
                SandboxWriter.Variants(w, product, variantsFirst, variantsAfter);
                w.WriteEndObject();
                break;
            }

            case "inventoryItem":
            {
                var index = Data.InventoryItemIndex(SandboxSchema.StringArgument(field, "id", variables));
                if (index < 0)
                {
                    w.WriteNull(name);
                    break;
                }

                var (product, variant) = Data.InventoryItem(index);
                var (levelsFirst, levelsAfter) = NestedPage(field, "inventoryLevels", variables);
                w.WriteStartObject(name);
                w.WriteString("id", variant.InventoryItemId);
                w.WritePropertyName("inventoryLevels");
                SandboxWriter.InventoryLevels(w, Data, index, product, levelsFirst, levelsAfter);
                w.WriteEndObject();
                break;
            }

            case "inventoryItems":
            {
                // Default order is by id; item ids grow with the index, so the index is the sort key.
                var (page, hasNext) = SandboxPaging.Page(Data.InventoryItemCount, n => ProductUpdatedAt(Data.InventoryItem(n).Product.Index), Data.Ledger.TouchedItems(), filter, after, first);
                Connection(w, name, page, hasNext, index => SandboxWriter.InventoryItem(w, Data, index, nested));
                break;
            }

            case "bulkOperationRunQuery":
                WriteBulkRun(w, field, variables);
                break;

            case "bulkOperation":
                WriteBulkOperation(w, SandboxSchema.StringArgument(field, "id", variables));
                break;

            default:
                w.WriteNull(name);
                break;
        }
    }

    private DateTimeOffset ProductUpdatedAt(int index) => _options.ProductsStartAt + (_options.ProductInterval * index);

    /// <summary>first and the position after the cursor of a connection selected directly under a root object.</summary>
    private static (int First, int After) NestedPage(GraphQLField field, string connection, JsonElement variables)
    {
        var nested = field.SelectionSet?.Selections.OfType<GraphQLField>().FirstOrDefault(f => (string)f.Name == connection);
        return nested is null
            ? (0, 0)
            : (SandboxSchema.IntArgument(nested, "first", variables), SandboxCursor.PositionOf(SandboxSchema.StringArgument(nested, "after", variables)));
    }

    private static int NestedFirst(GraphQLField field, JsonElement variables)
    {
        var node = field.SelectionSet?.Selections.OfType<GraphQLField>().FirstOrDefault(f => (string)f.Name == "edges")
            ?.SelectionSet?.Selections.OfType<GraphQLField>().FirstOrDefault(f => (string)f.Name == "node");
        var connection = node?.SelectionSet?.Selections.OfType<GraphQLField>().FirstOrDefault(f => f.Arguments?.Items.Any(a => (string)a.Name == "first") == true);
        return connection is null ? 0 : SandboxSchema.IntArgument(connection, "first", variables);
    }

    private static void Connection(Utf8JsonWriter w, string name, List<SandboxKey> page, bool hasNext, Action<int> writeNode)
    {
        w.WriteStartObject(name);
        w.WriteStartArray("edges");
        foreach (var key in page)
        {
            w.WriteStartObject();
            w.WriteString("cursor", SandboxCursor.Encode(key));
            w.WritePropertyName("node");
            writeNode(key.Index);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        SandboxWriter.PageInfo(w, hasNext, page.Count > 0 ? SandboxCursor.Encode(page[^1]) : null);
        w.WriteEndObject();
    }

    private void Extensions(Utf8JsonWriter w, int requested, int actual, double available)
    {
        w.WriteStartObject("extensions");
        w.WriteStartObject("cost");
        w.WriteNumber("requestedQueryCost", requested);
        w.WriteNumber("actualQueryCost", actual);
        w.WriteStartObject("throttleStatus");
        w.WriteNumber("maximumAvailable", _bucket.Capacity);
        w.WriteNumber("currentlyAvailable", Math.Floor(available));
        w.WriteNumber("restoreRate", _bucket.RestorePerSecond);
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private byte[] Error(string message, string code, string? typeName, string? fieldName, (int Requested, int Actual, double Available)? cost)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteStartArray("errors");
            w.WriteStartObject();
            w.WriteString("message", message);
            w.WriteStartObject("extensions");
            w.WriteString("code", code);
            if (typeName is not null)
            {
                w.WriteString("typeName", typeName);
                w.WriteString("fieldName", fieldName);
            }

            if (code == ShopifyConstants.ErrorCodes.Throttled)
            {
                w.WriteString("documentation", "https://shopify.dev/api/usage/rate-limits");
            }

            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndArray();
            if (cost is { } c)
            {
                Extensions(w, c.Requested, c.Actual, c.Available);
            }

            w.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
