using System.Buffers;
using System.Text.Json;

namespace CrossBorderHub.Connectors.Shopify.Sandbox;

/// <summary>
/// Writes a bulk query's JSONL from the same generated data paging serves: one line per parent without its nested
/// connection, one line per child with <c>__parentId</c>. Grouped, each parent's children follow it; ungrouped (the
/// default from 2026-01), all parents come first and the children after them.
/// </summary>
internal sealed class SandboxBulkWriter : IDisposable
{
    private const string ParentId = "__parentId";

    private readonly ArrayBufferWriter<byte> _parents = new(64 * 1024);
    private readonly ArrayBufferWriter<byte> _children = new(64 * 1024);
    private readonly Utf8JsonWriter _writer = new(Stream.Null);
    private readonly bool _grouped;
    private int _objects;

    private SandboxBulkWriter(bool grouped) => _grouped = grouped;

    public static (byte[] Jsonl, int Objects) Orders(ShopifySandboxData data, int count, bool grouped)
    {
        using var jsonl = new SandboxBulkWriter(grouped);
        for (var i = 0; i < count; i++)
        {
            var order = data.GenerateOrder(i);
            var parentId = ShopifySandboxData.OrderId(i);
            jsonl.Parent(w => SandboxWriter.OrderFields(w, order));
            foreach (var line in order.LineItems)
            {
                jsonl.Child(parentId, w => SandboxWriter.LineItemFields(w, line, order.Currency));
            }
        }

        return jsonl.ToArray();
    }

    public static (byte[] Jsonl, int Objects) Products(ShopifySandboxData data, int count, bool grouped)
    {
        using var jsonl = new SandboxBulkWriter(grouped);
        for (var j = 0; j < count; j++)
        {
            var product = data.GenerateProduct(j);
            jsonl.Parent(w => SandboxWriter.ProductFields(w, product));
            foreach (var variant in product.Variants)
            {
                jsonl.Child(product.Id, w => SandboxWriter.VariantFields(w, variant));
            }
        }

        return jsonl.ToArray();
    }

    public void Dispose() => _writer.Dispose();

    private void Parent(Action<Utf8JsonWriter> fields) => Line(_parents, fields, null);

    private void Child(string parentId, Action<Utf8JsonWriter> fields) => Line(_grouped ? _parents : _children, fields, parentId);

    private void Line(ArrayBufferWriter<byte> output, Action<Utf8JsonWriter> fields, string? parentId)
    {
        _writer.Reset(output);
        _writer.WriteStartObject();
        fields(_writer);
        if (parentId is not null)
        {
            _writer.WriteString(ParentId, parentId);
        }

        _writer.WriteEndObject();
        _writer.Flush();
        output.Write("\n"u8);
        _objects++;
    }

    private (byte[] Jsonl, int Objects) ToArray()
    {
        var all = new byte[_parents.WrittenCount + _children.WrittenCount];
        _parents.WrittenSpan.CopyTo(all);
        _children.WrittenSpan.CopyTo(all.AsSpan(_parents.WrittenCount));
        return (all, _objects);
    }
}
