using System.Buffers;
using System.Text.Json;
using System.Text.RegularExpressions;
using GraphQLParser.AST;

namespace CrossBorderHub.Connectors.Shopify.Sandbox;

/// <summary>
/// The push path of the simulated store: the reads a shipment or a stock update needs (an order's fulfillments and
/// fulfillment orders, inventory items by SKU) and the two mutations, with their input checked like Shopify checks it.
/// </summary>
public sealed partial class ShopifySandbox
{
    private readonly SandboxInputs _inputs = SandboxInputs.Load();

    [GeneratedRegex("""sku:(?:"(?<q>(?:[^"\\]|\\.)*)"|(?<b>[^\s()]+))""", RegexOptions.CultureInvariant)]
    private static partial Regex SkuTerm();

    /// <summary>Variables that do not fit their declared types, or an inventory mutation without its idempotency key.</summary>
    private byte[]? PushRequestError(SandboxQuery query, JsonElement variables)
    {
        var operation = query.Operation!;
        var problem = _inputs.Check(operation, variables);
        if (problem is null && operation.Operation == OperationType.Mutation)
        {
            var missing = query.RootFields.FirstOrDefault(f => (string)f.Name == SandboxMutations.InventorySetQuantities && IdempotencyKey(f, variables) is null);
            if (missing is not null)
            {
                problem = $"The @idempotent directive with a key is required for {SandboxMutations.InventorySetQuantities} (API version {ShopifyConstants.ApiVersion}).";
            }
        }

        return problem is null ? null : Error(problem, SandboxMutations.InvalidVariableCode, null, null, null);
    }

    private bool TryWritePushField(Utf8JsonWriter w, GraphQLField field, JsonElement variables)
    {
        var name = (string)field.Name;
        switch (name)
        {
            case SandboxMutations.FulfillmentCreate:
                w.WritePropertyName(name);
                FulfillmentCreate(w, Variable(field, "fulfillment", variables));
                return true;
            case SandboxMutations.InventorySetQuantities:
                w.WritePropertyName(name);
                InventorySetQuantities(w, Variable(field, "input", variables), IdempotencyKey(field, variables)!);
                return true;
            case "order" when Selects(field, "fulfillmentOrders") || Selects(field, "fulfillments"):
                w.WritePropertyName(name);
                FulfillableOrder(w, field, variables);
                return true;
            case "inventoryItems" when SandboxSchema.StringArgument(field, "query", variables) is { } query && query.Contains("sku:", StringComparison.Ordinal):
                w.WritePropertyName(name);
                InventoryItemsBySku(w, query, NestedFirst(field, variables));
                return true;
            default:
                return false;
        }
    }

    private static bool Selects(GraphQLField field, string child) =>
        field.SelectionSet?.Selections.OfType<GraphQLField>().Any(f => (string)f.Name == child) == true;

    private static JsonElement Variable(GraphQLField field, string argument, JsonElement variables) =>
        field.Arguments?.Items.FirstOrDefault(a => (string)a.Name == argument)?.Value is GraphQLVariable v
        && variables.ValueKind == JsonValueKind.Object
        && variables.TryGetProperty((string)v.Name, out var value)
            ? value
            : default;

    private static string? IdempotencyKey(GraphQLField field, JsonElement variables)
    {
        var directive = field.Directives?.Items.FirstOrDefault(d => (string)d.Name == "idempotent");
        var key = directive?.Arguments?.Items.FirstOrDefault(a => (string)a.Name == "key")?.Value switch
        {
            GraphQLStringValue s => s.Value.ToString(),
            GraphQLVariable v when variables.ValueKind == JsonValueKind.Object && variables.TryGetProperty((string)v.Name, out var e) && e.ValueKind == JsonValueKind.String => e.GetString(),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(key) ? null : key;
    }

    private void FulfillableOrder(Utf8JsonWriter w, GraphQLField field, JsonElement variables)
    {
        var index = Data.OrderIndex(SandboxSchema.StringArgument(field, "id", variables));
        if (index < 0 || index >= Data.VisibleOrderCount(_options.TimeProvider.GetUtcNow()))
        {
            w.WriteNullValue();
            return;
        }

        var order = Data.GenerateOrder(index);
        var lineItems = field.SelectionSet!.Selections.OfType<GraphQLField>().FirstOrDefault(f => (string)f.Name == "fulfillmentOrders")?.SelectionSet
            ?.Selections.OfType<GraphQLField>().FirstOrDefault(f => (string)f.Name == "edges")?.SelectionSet
            ?.Selections.OfType<GraphQLField>().FirstOrDefault(f => (string)f.Name == "node")?.SelectionSet
            ?.Selections.OfType<GraphQLField>().FirstOrDefault(f => (string)f.Name == "lineItems");
        var linesFirst = lineItems is null ? 0 : SandboxSchema.IntArgument(lineItems, "first", variables);
        SandboxPushWriter.FulfillableOrder(w, Data, order, Data.Ledger.FulfillmentsOf(order.Id!), linesFirst);
    }

    private void InventoryItemsBySku(Utf8JsonWriter w, string query, int levelsFirst)
    {
        var items = SkuTerm().Matches(query)
            .Select(m => m.Groups["q"].Success ? m.Groups["q"].Value.Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal) : m.Groups["b"].Value)
            .Select(Data.InventoryItemIndexOfSku)
            .Where(n => n >= 0)
            .Distinct()
            .Order()
            .ToList();
        w.WriteStartObject();
        w.WriteStartArray("edges");
        foreach (var n in items)
        {
            w.WriteStartObject();
            w.WriteString("cursor", SandboxWriter.LineCursor(n + 1));
            w.WritePropertyName("node");
            SandboxWriter.InventoryItem(w, Data, n, levelsFirst);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        SandboxWriter.PageInfo(w, false, items.Count > 0 ? SandboxWriter.LineCursor(items[^1] + 1) : null);
        w.WriteEndObject();
    }

    private void FulfillmentCreate(Utf8JsonWriter w, JsonElement input)
    {
        var errors = new List<(string[] Field, string Message, string? Code)>();
        ShopifySandboxFulfillment? created = null;
        lock (Data.Ledger.Gate)
        {
            var plan = SandboxMutations.PlanFulfillment(Data, input, errors);
            if (errors.Count == 0 && plan is { } p)
            {
                var tracking = input.TryGetProperty("trackingInfo", out var t) && t.ValueKind == JsonValueKind.Object ? t : default;
                var now = _options.TimeProvider.GetUtcNow();
                created = Data.Ledger.AddFulfillment(
                    p.Order.Index,
                    p.Order.Id!,
                    p.Lines,
                    SandboxMutations.Text(tracking, "company"),
                    SandboxMutations.Text(tracking, "number"),
                    SandboxMutations.Text(tracking, "url"),
                    input.TryGetProperty("notifyCustomer", out var notify) && notify.ValueKind == JsonValueKind.True,
                    now);

                // The order changed: its updatedAt moves on, so the next orders sync picks it up.
                Data.TouchOrder(p.Order.Index, now);
            }
        }

        w.WriteStartObject();
        if (created is null)
        {
            w.WriteNull("fulfillment");
        }
        else
        {
            w.WritePropertyName("fulfillment");
            SandboxPushWriter.Fulfillment(w, created);
        }

        SandboxPushWriter.UserErrors(w, errors, withCode: false);
        w.WriteEndObject();
    }

    private void InventorySetQuantities(Utf8JsonWriter w, JsonElement input, string key)
    {
        var variables = input.GetRawText();
        byte[] answer;
        lock (Data.Ledger.Gate)
        {
            if (Data.Ledger.TryGetAnswer(key, out var earlier))
            {
                answer = earlier.Variables == variables
                    ? earlier.Answer
                    : SandboxMutations.StockAnswer(null, [(["input"], "The same idempotency key cannot be used with different operation parameters.", "IDEMPOTENCY_KEY_PARAMETER_MISMATCH")], input);
            }
            else
            {
                var errors = new List<(string[] Field, string Message, string? Code)>();
                var sets = SandboxMutations.PlanStock(Data, input, key, errors);
                var now = _options.TimeProvider.GetUtcNow();
                var group = errors.Count == 0 ? Data.Ledger.SetAvailable(sets, now) : null;
                answer = SandboxMutations.StockAnswer(group is null ? null : (group, sets.Select(s => s.Set).ToList(), now), errors, input);
                Data.Ledger.RememberAnswer(key, variables, answer);
            }
        }

        w.WriteRawValue(answer, skipInputValidation: true);
    }
}
