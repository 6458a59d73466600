using System.Text.Json;
using CrossBorderHub.Connectors.SandboxKit;
using WireMock;

namespace CrossBorderHub.Connectors.Amazon.Sandbox;

public sealed partial class AmazonSandbox
{
    private const string InvalidInputCode = "InvalidInput";

    /// <summary>searchOrders: marketplaceIds and one of lastUpdatedAfter or createdAfter required; pages sorted by (lastUpdatedTime, index).</summary>
    private (int Status, byte[] Body) SearchOrders(IRequestMessage request)
    {
        var marketplaceIds = Query(request, "marketplaceIds");
        if (marketplaceIds.Length == 0 || marketplaceIds.Length > 50)
        {
            return InvalidInput("marketplaceIds is required (at most 50).");
        }

        var lastUpdatedAfter = Query(request, "lastUpdatedAfter").FirstOrDefault();
        var createdAfter = Query(request, "createdAfter").FirstOrDefault();
        if ((lastUpdatedAfter is null) == (createdAfter is null))
        {
            return InvalidInput("Exactly one of createdAfter and lastUpdatedAfter is required.");
        }

        if (!DateTimeOffset.TryParse(lastUpdatedAfter ?? createdAfter, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var after))
        {
            return InvalidInput("lastUpdatedAfter is not an ISO 8601 date-time.");
        }

        var size = int.TryParse(Query(request, "maxResultsPerPage").FirstOrDefault(), out var requested) ? requested : 100;
        if (size is < 1 or > 100)
        {
            return InvalidInput("maxResultsPerPage must be from 1 to 100.");
        }

        var token = Query(request, "paginationToken").FirstOrDefault();
        var position = SandboxCursor.Decode(token);
        if (token is not null && position is null)
        {
            return InvalidInput("paginationToken is not valid.");
        }

        var now = _options.TimeProvider.GetUtcNow();
        var visible = marketplaceIds.Contains(_options.MarketplaceId, StringComparer.Ordinal) ? Data.Arrivals.VisibleCount(now) : 0;
        var (page, hasNext) = SandboxPaging.Page(visible, Data.Arrivals.CreatedAt, Data.Updates.Snapshot(), new SandboxWindow(after), position, size);

        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteStartArray("orders");
            foreach (var key in page)
            {
                Data.WriteOrder(w, key.Index);
            }

            w.WriteEndArray();
            if (hasNext)
            {
                w.WriteStartObject("pagination");
                w.WriteString("nextToken", SandboxCursor.Encode(page[^1]));
                w.WriteEndObject();
            }

            SandboxJson.Timestamp(w, "lastUpdatedBefore", now);
            w.WriteEndObject();
        }

        return (200, buffer.ToArray());
    }

    private static string[] Query(IRequestMessage request, string name) =>
        request.Query is { } query && query.TryGetValue(name, out var values)
            ? [.. values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))]
            : [];

    private static (int Status, byte[] Body) InvalidInput(string message) =>
        (400, JsonSerializer.SerializeToUtf8Bytes(new { errors = new[] { new { code = InvalidInputCode, message, details = "" } } }));
}
