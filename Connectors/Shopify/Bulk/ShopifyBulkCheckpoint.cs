using System.Text.Json;
using System.Text.Json.Serialization;
using CrossBorderHub.Connectors.Kit.Cursors;

namespace CrossBorderHub.Connectors.Shopify.Bulk;

/// <summary>
/// Where a bulk backfill resumes while it is under way: the operation (null: start a new one), when it was created,
/// the JSONL records already landed and the newest updatedAt among them. Stored as <c>{"bulk":{…}}</c>; once the
/// JSONL is read to its end the checkpoint becomes an ordinary updated-since watermark.
/// </summary>
internal sealed record ShopifyBulkCheckpoint(
    [property: JsonPropertyName("operation")] string? Operation,
    [property: JsonPropertyName("createdAt")] DateTimeOffset? CreatedAt,
    [property: JsonPropertyName("position")] long Position,
    [property: JsonPropertyName("newest")] DateTimeOffset? Newest)
{
    private const string Property = "bulk";

    /// <summary>Start a new operation: the first run, or the one after an operation failed or its URL expired.</summary>
    public static ShopifyBulkCheckpoint Start { get; } = new(null, null, 0, null);

    /// <summary>The bulk phase's checkpoint, or null when <paramref name="text"/> is none (empty, or a watermark).</summary>
    public static ShopifyBulkCheckpoint? TryParse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || !text.Contains($"\"{Property}\"", StringComparison.Ordinal))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty(Property, out var bulk)
                ? bulk.Deserialize(ShopifyBulkJsonContext.Default.ShopifyBulkCheckpoint)
                : null;
        }
        catch (JsonException e)
        {
            throw new ArgumentException($"'{MarketplaceException.Bound(text, 200)}' is not a bulk backfill checkpoint.", nameof(text), e);
        }
    }

    /// <summary>
    /// The watermark the next (incremental) sync starts from once the JSONL is read: the operation's createdAt, or
    /// the newest updatedAt read if older. Anything changed while the operation ran is after createdAt, whether or not
    /// the snapshot caught it, so the next sync (which also re-reads the overlap before it) reads it again.
    /// </summary>
    public static string Finished(DateTimeOffset createdAt, DateTimeOffset? newest) =>
        new WatermarkCheckpoint(newest is { } n && n < createdAt ? n : createdAt).ToString();

    public override string ToString() =>
        $"{{\"{Property}\":{JsonSerializer.Serialize(this, ShopifyBulkJsonContext.Default.ShopifyBulkCheckpoint)}}}";
}
