using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CrossBorderHub.Connectors.SandboxKit;
using WireMock;

namespace CrossBorderHub.Connectors.TikTokShop.Sandbox;

public sealed partial class TikTokShopSandbox
{
    private const int MaxPageSize = 100;

    /// <summary>POST /order/202309/orders/search: page_size and page_token in the query, update_time_ge/lt in the body, oldest update first.</summary>
    private (long Code, string Message, JsonNode? Data) SearchOrders(IRequestMessage request)
    {
        var query = Query(request);
        if (!int.TryParse(query.GetValueOrDefault("page_size"), NumberStyles.None, CultureInfo.InvariantCulture, out var pageSize) || pageSize is < 1 or > MaxPageSize)
        {
            return (InvalidRequestCode, $"page_size must be between 1 and {MaxPageSize}.", null);
        }

        SandboxKey? after = null;
        if (query.GetValueOrDefault("page_token") is { Length: > 0 } token)
        {
            after = SandboxCursor.Decode(token);
            if (after is null)
            {
                return (InvalidRequestCode, "Invalid page_token.", null);
            }
        }

        if (query.GetValueOrDefault("sort_field") is { Length: > 0 } sortField && sortField != "update_time")
        {
            return (InvalidRequestCode, "The sandbox sorts by update_time only.", null);
        }

        DateTimeOffset? from = null;
        DateTimeOffset? until = null;
        try
        {
            using var body = JsonDocument.Parse(string.IsNullOrEmpty(request.Body) ? "{}" : request.Body);
            if (body.RootElement.TryGetProperty("update_time_ge", out var ge))
            {
                from = DateTimeOffset.FromUnixTimeSeconds(ge.GetInt64());
            }

            if (body.RootElement.TryGetProperty("update_time_lt", out var lt))
            {
                until = DateTimeOffset.FromUnixTimeSeconds(lt.GetInt64());
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            return (InvalidRequestCode, "The request body is not valid.", null);
        }

        var visible = Data.Arrivals.VisibleCount(_options.TimeProvider.GetUtcNow());
        var (page, hasNext) = SandboxPaging.Page(visible, Data.UpdatedAt, Data.Updates.Snapshot(), new SandboxWindow(from, true, until), after, pageSize);
        var orders = new JsonArray();
        foreach (var key in page)
        {
            orders.Add(Data.Order(key.Index));
        }

        return (0, "Success", new JsonObject
        {
            ["next_page_token"] = hasNext ? SandboxCursor.Encode(page[^1]) : "",
            ["total_count"] = visible,
            ["orders"] = orders,
        });
    }

    /// <summary>GET /order/202309/orders?ids=...: up to 50 ids, comma-separated.</summary>
    private (long Code, string Message, JsonNode? Data) OrderDetail(IRequestMessage request)
    {
        var ids = (Query(request).GetValueOrDefault("ids") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (ids.Length is 0 or > 50)
        {
            return (InvalidRequestCode, "ids must name 1 to 50 orders.", null);
        }

        var visible = Data.Arrivals.VisibleCount(_options.TimeProvider.GetUtcNow());
        var orders = new JsonArray();
        foreach (var index in ids.Select(TikTokShopSandboxData.IndexOfOrder).OfType<int>().Where(i => i < visible))
        {
            orders.Add(Data.Order(index));
        }

        return (0, "Success", new JsonObject { ["orders"] = orders });
    }

    /// <summary>POST /fulfillment/202309/packages/{package_id}/ship with self_shipment: a package ships once.</summary>
    private (long Code, string Message, JsonNode? Data) ShipPackage(IRequestMessage request)
    {
        var segments = request.Path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var index = segments.Length == 5 ? TikTokShopSandboxData.IndexOfPackage(segments[3]) : null;
        var now = _options.TimeProvider.GetUtcNow();
        if (index is not { } i || i >= Data.Arrivals.VisibleCount(now))
        {
            return (InvalidRequestCode, "The package does not exist.", null);
        }

        string? tracking;
        string? provider;
        try
        {
            var body = JsonNode.Parse(string.IsNullOrEmpty(request.Body) ? "{}" : request.Body);
            tracking = body?["self_shipment"]?["tracking_number"]?.GetValue<string>();
            provider = body?["self_shipment"]?["shipping_provider_id"]?.GetValue<string>();
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            return (InvalidRequestCode, "The request body is not valid.", null);
        }

        if (string.IsNullOrEmpty(tracking) || string.IsNullOrEmpty(provider))
        {
            return (InvalidRequestCode, "self_shipment needs tracking_number and shipping_provider_id.", null);
        }

        // The sandbox ships anything not cancelled and not yet shipped; TikTok also requires the order to be paid.
        if (Data.StatusOf(i) is "CANCELLED" or "IN_TRANSIT" or "DELIVERED" or "COMPLETED" || !Data.Ship(i, tracking, provider, now))
        {
            return (PackageCannotShipCode, $"The package cannot be shipped in status {Data.StatusOf(i)}.", null);
        }

        return (0, "Success", new JsonObject());
    }
}
