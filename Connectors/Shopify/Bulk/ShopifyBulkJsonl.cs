using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace CrossBorderHub.Connectors.Shopify.Bulk;

/// <summary>
/// Reads a bulk operation's JSONL line by line, never whole: a line without <c>__parentId</c> starts a parent, and
/// the lines after it that name it as their parent are its children (grouped output puts them there). Each parent is
/// yielded with its children as <c>{children}.edges[].node</c> and a last pageInfo, the shape a paged node has.
/// </summary>
internal static class ShopifyBulkJsonl
{
    public static async IAsyncEnumerable<ShopifyBulkRecord> ReadAsync(
        Stream jsonl, string childrenField, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(jsonl, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, bufferSize: 64 * 1024);
        var parent = new Parent(childrenField);
        var number = 0L;
        try
        {
            while (await reader.ReadLineAsync(cancellationToken) is { } line)
            {
                number++;
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                var document = TryParse(line, number, out var broken);
                if (document is null)
                {
                    // A broken child spoils its parent; a broken parent line stands alone, quarantined as it came.
                    if (line.Contains(ShopifyBulkNames.ParentIdField, StringComparison.Ordinal) && parent.IsOpen)
                    {
                        parent.Spoil(broken!);
                        continue;
                    }

                    if (parent.Close() is { } done)
                    {
                        yield return done;
                    }

                    parent.OpenBroken(broken!, line);
                    continue;
                }

                var parentId = ParentIdOf(document.RootElement);
                if (parentId is null)
                {
                    if (parent.Close() is { } done)
                    {
                        yield return done;
                    }

                    parent.Open(document);
                }
                else if (!parent.IsOpen)
                {
                    document.Dispose();
                    yield return new ShopifyBulkRecord(default, string.Create(CultureInfo.InvariantCulture, $"JSONL line {number} is a child of {parentId} with no parent line before it."), line);
                }
                else
                {
                    parent.Add(document, parentId, number);
                }
            }

            if (parent.Close() is { } last)
            {
                yield return last;
            }
        }
        finally
        {
            parent.Dispose();
        }
    }

    private static JsonDocument? TryParse(string line, long number, out string? reason)
    {
        try
        {
            reason = null;
            return JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            reason = string.Create(CultureInfo.InvariantCulture, $"JSONL line {number} is not JSON: {e.Message}");
            return null;
        }
    }

    private static string? ParentIdOf(JsonElement line) =>
        line.ValueKind == JsonValueKind.Object
        && line.TryGetProperty(ShopifyBulkNames.ParentIdField, out var id)
        && id.ValueKind == JsonValueKind.String
            ? id.GetString()
            : null;

    /// <summary>The parent being read and its children so far.</summary>
    private sealed class Parent(string childrenField) : IDisposable
    {
        private readonly List<JsonDocument> _children = [];
        private JsonDocument? _root;
        private string? _brokenLine;
        private string? _defect;

        public bool IsOpen => _root is not null || _brokenLine is not null;

        public void Open(JsonDocument root) => _root = root;

        public void OpenBroken(string defect, string line)
        {
            _brokenLine = line;
            _defect = defect;
        }

        public void Spoil(string defect) => _defect ??= defect;

        public void Add(JsonDocument child, string parentId, long number)
        {
            var id = _root is { } root && root.RootElement.ValueKind == JsonValueKind.Object && root.RootElement.TryGetProperty("id", out var value) && value.ValueKind == JsonValueKind.String
                ? value.GetString()
                : null;

            // A parent without a readable id is quarantined anyway; its children cannot be checked against it.
            if (id is not null && !string.Equals(id, parentId, StringComparison.Ordinal))
            {
                Spoil(string.Create(CultureInfo.InvariantCulture, $"JSONL line {number} is a child of {parentId} but follows {id}."));
            }

            _children.Add(child);
        }

        public ShopifyBulkRecord? Close()
        {
            if (!IsOpen)
            {
                return null;
            }

            ShopifyBulkRecord record;
            if (_brokenLine is not null)
            {
                record = new ShopifyBulkRecord(default, _defect, _brokenLine);
            }
            else
            {
                record = new ShopifyBulkRecord(Assemble(_root!.RootElement), _defect);
            }

            Dispose();
            return record;
        }

        public void Dispose()
        {
            _root?.Dispose();
            _root = null;
            foreach (var child in _children)
            {
                child.Dispose();
            }

            _children.Clear();
            _brokenLine = null;
            _defect = null;
        }

        private JsonElement Assemble(JsonElement root)
        {
            if (root.ValueKind != JsonValueKind.Object)
            {
                return root.Clone();
            }

            var buffer = new ArrayBufferWriter<byte>(4096);
            using (var w = new Utf8JsonWriter(buffer))
            {
                w.WriteStartObject();
                foreach (var property in root.EnumerateObject())
                {
                    property.WriteTo(w);
                }

                w.WriteStartObject(childrenField);
                w.WriteStartArray("edges");
                foreach (var child in _children)
                {
                    w.WriteStartObject();
                    w.WritePropertyName("node");
                    child.RootElement.WriteTo(w);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteStartObject("pageInfo");
                w.WriteBoolean("hasNextPage", false);
                w.WriteNull("endCursor");
                w.WriteEndObject();
                w.WriteEndObject();
                w.WriteEndObject();
            }

            return JsonElement.Parse(buffer.WrittenSpan);
        }
    }
}
