using System.Globalization;
using System.Text.Json;
using CrossBorderHub.Connectors.SandboxKit;
using WireMock;

namespace CrossBorderHub.Connectors.Amazon.Sandbox;

public sealed partial class AmazonSandbox
{
    /// <summary>
    /// v0 getOrders: MarketplaceIds and LastUpdatedAfter required, LastUpdatedBefore at least two minutes back,
    /// MaxResultsPerPage up to 100; with NextToken only MarketplaceIds is needed.
    /// </summary>
    private (int Status, byte[] Body) GetOrders(IRequestMessage request)
    {
        var marketplaceIds = Query(request, "MarketplaceIds");
        if (marketplaceIds.Length == 0)
        {
            return InvalidInput("MarketplaceIds is required.");
        }

        var now = _options.TimeProvider.GetUtcNow();
        var restricted = SandboxResponses.Header(request, AmazonConstants.AccessTokenHeader) == _options.RestrictedDataToken;
        var token = Query(request, "NextToken").FirstOrDefault();
        var position = SandboxCursor.Decode(token);
        SandboxWindow window;
        if (token is not null)
        {
            if (position is null)
            {
                return InvalidInput("NextToken is not valid.");
            }

            window = SandboxWindow.All;
        }
        else if (!DateTimeOffset.TryParse(Query(request, "LastUpdatedAfter").FirstOrDefault(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var after))
        {
            return InvalidInput("LastUpdatedAfter is required as an ISO 8601 date-time.");
        }
        else
        {
            DateTimeOffset? before = DateTimeOffset.TryParse(Query(request, "LastUpdatedBefore").FirstOrDefault(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var b) ? b : null;
            if (before > now - TimeSpan.FromMinutes(2))
            {
                return InvalidInput("LastUpdatedBefore must be at least two minutes before now.");
            }

            window = new SandboxWindow(after, Until: before);
        }

        var size = int.TryParse(Query(request, "MaxResultsPerPage").FirstOrDefault(), out var requested) ? requested : 100;
        var visible = marketplaceIds.Contains(_options.MarketplaceId, StringComparer.Ordinal) ? Data.Arrivals.VisibleCount(now) : 0;
        var (page, hasNext) = SandboxPaging.Page(visible, Data.Arrivals.CreatedAt, Data.Updates.Snapshot(), window, position, Math.Clamp(size, 1, 100));

        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteStartObject("payload");
            w.WriteStartArray("Orders");
            foreach (var key in page)
            {
                Data.WriteOrderV0(w, key.Index, restricted);
            }

            w.WriteEndArray();
            if (hasNext)
            {
                w.WriteString("NextToken", SandboxCursor.Encode(page[^1]));
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }

        return (200, buffer.ToArray());
    }

    /// <summary>createRestrictedDataToken: a token for restricted resources named by method and path, or 403 without the role.</summary>
    private (int Status, byte[] Body) CreateRestrictedDataToken(IRequestMessage request)
    {
        try
        {
            using var document = JsonDocument.Parse(request.Body ?? string.Empty);
            var resources = document.RootElement.GetProperty("restrictedResources");
            if (resources.GetArrayLength() is < 1 or > 50 || resources.EnumerateArray().Any(r => r.GetProperty("method").GetString() is null || r.GetProperty("path").GetString() is null))
            {
                return InvalidInput("restrictedResources must list 1 to 50 resources, each with method and path.");
            }
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return InvalidInput("The request body is not a CreateRestrictedDataTokenRequest.");
        }

        if (!_options.GrantsRestrictedData)
        {
            return (403, JsonSerializer.SerializeToUtf8Bytes(new { errors = new[] { new { code = "Unauthorized", message = "Access to requested resource is denied.", details = "" } } }));
        }

        return (200, JsonSerializer.SerializeToUtf8Bytes(new { restrictedDataToken = _options.RestrictedDataToken, expiresIn = 3600 }));
    }

    /// <summary>v0 getOrderItems: every item of the order in one page (at most three), or the documented 404.</summary>
    private (int Status, byte[] Body) GetOrderItems(IRequestMessage request)
    {
        var segments = request.Path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var orderId = segments.Length == 5 ? segments[3] : string.Empty;
        if (Data.IndexOf(orderId) is not { } index || Data.Arrivals.CreatedAt(index) > _options.TimeProvider.GetUtcNow())
        {
            return (404, JsonSerializer.SerializeToUtf8Bytes(new { errors = new[] { new { code = "NotFound", message = $"Order {orderId} was not found.", details = "" } } }));
        }

        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteStartObject("payload");
            w.WriteString("AmazonOrderId", orderId);
            Data.WriteOrderItemsV0(w, index);
            w.WriteEndObject();
            w.WriteEndObject();
        }

        return (200, buffer.ToArray());
    }
}
