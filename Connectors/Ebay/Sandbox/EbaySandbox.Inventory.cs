using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using CrossBorderHub.Connectors.SandboxKit;
using WireMock;

namespace CrossBorderHub.Connectors.Ebay.Sandbox;

/// <summary>
/// The Inventory API: getInventoryItems (limit 1 to 200, default 25; offset counts pages, as the contract documents,
/// and <c>next</c> names the next one), getOffers by SKU (404 with errorId 25713 for an SKU never offered), and
/// bulkUpdatePriceQuantity (at most 25 requests; 200 when every SKU was set, 207 with each SKU's statusCode and
/// errors otherwise). Error ids other than 25713 are illustrative.
/// </summary>
public sealed partial class EbaySandbox
{
    private const string InventoryItemsPath = "/sell/inventory/v1/inventory_item";
    private const string OffersPath = "/sell/inventory/v1/offer";
    private const string BulkUpdatePath = "/sell/inventory/v1/bulk_update_price_quantity";
    private const string InventoryDomain = "API_INVENTORY";
    private const int MaxRequests = 25;

    private ResponseMessage GetInventoryItems(IRequestMessage request)
    {
        var limit = Query(request, "limit") is { } l ? int.Parse(l, CultureInfo.InvariantCulture) : 25;
        var page = Query(request, "offset") is { } o ? int.Parse(o, CultureInfo.InvariantCulture) : 0;
        if (limit is < 1 or > 200 || page < 0)
        {
            return Error(HttpStatusCode.BadRequest, 25709, "Invalid value for limit or offset.", InventoryDomain);
        }

        var total = Catalog.Count;
        var pages = (total + limit - 1) / limit;
        var self = $"{Url.GetLeftPart(UriPartial.Authority)}{InventoryItemsPath}?limit={limit}";
        var first = (long)page * limit;
        var items = Enumerable.Range(0, (int)Math.Clamp(total - first, 0, limit)).Select(i => (JsonNode)Catalog.Item((int)first + i));
        var body = new JsonObject
        {
            ["href"] = string.Create(CultureInfo.InvariantCulture, $"{self}&offset={page}"),
            ["limit"] = limit,
            ["size"] = pages,
            ["total"] = total,
            ["inventoryItems"] = new JsonArray([.. items]),
        };
        if (page + 1 < pages)
        {
            body["next"] = string.Create(CultureInfo.InvariantCulture, $"{self}&offset={page + 1}");
        }

        if (page > 0)
        {
            body["prev"] = string.Create(CultureInfo.InvariantCulture, $"{self}&offset={page - 1}");
        }

        return SandboxResponses.Json(HttpStatusCode.OK, body.ToJsonString());
    }

    private ResponseMessage GetOffers(IRequestMessage request)
    {
        var sku = Query(request, "sku") ?? "";
        var index = Catalog.IndexOf(sku);
        var offers = index < 0 ? [] : Catalog.Offers(index);
        if (offers.Count == 0)
        {
            return Error(HttpStatusCode.NotFound, 25713, "This Offer is not available.", InventoryDomain);
        }

        var body = new JsonObject
        {
            ["href"] = $"{Url.GetLeftPart(UriPartial.Authority)}{OffersPath}?sku={Uri.EscapeDataString(sku)}",
            ["limit"] = 25,
            ["size"] = offers.Count,
            ["total"] = offers.Count,
            ["offers"] = new JsonArray([.. offers.Select(o => (JsonNode)o)]),
        };
        return SandboxResponses.Json(HttpStatusCode.OK, body.ToJsonString());
    }

    private ResponseMessage BulkUpdatePriceQuantity(IRequestMessage request)
    {
        JsonArray? requests;
        try
        {
            requests = JsonNode.Parse(request.Body ?? "")?["requests"]?.AsArray();
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return Error(HttpStatusCode.BadRequest, 25709, "The request body is not valid JSON.", InventoryDomain);
        }

        if (requests is not { Count: > 0 and <= MaxRequests })
        {
            return Error(HttpStatusCode.BadRequest, 25709, $"The 'requests' container must hold between 1 and {MaxRequests} requests.", InventoryDomain);
        }

        var responses = new JsonArray();
        var allSet = true;
        foreach (var entry in requests)
        {
            var sku = entry?["sku"]?.GetValue<string>() ?? "";
            var quantity = entry?["shipToLocationAvailability"]?["quantity"]?.GetValue<int>();
            var (status, error) = Apply(sku, quantity);
            allSet &= status == 200;
            var response = new JsonObject { ["statusCode"] = status, ["sku"] = sku };
            if (error is not null)
            {
                response["errors"] = new JsonArray(new JsonObject
                {
                    ["errorId"] = error.ErrorId,
                    ["domain"] = InventoryDomain,
                    ["category"] = error.StatusCode >= 500 ? "APPLICATION" : "REQUEST",
                    ["message"] = error.Message,
                    ["parameters"] = new JsonArray(new JsonObject { ["name"] = "sku", ["value"] = sku }),
                });
            }

            responses.Add(response);
        }

        return SandboxResponses.Json(allSet ? HttpStatusCode.OK : HttpStatusCode.MultiStatus, new JsonObject { ["responses"] = responses }.ToJsonString());
    }

    private (int Status, EbaySandboxSkuError? Error) Apply(string sku, int? quantity)
    {
        if (Options.SkuErrors.TryGetValue(sku, out var refused))
        {
            return (refused.StatusCode, refused);
        }

        var index = Catalog.IndexOf(sku);
        if (index < 0)
        {
            return (404, new EbaySandboxSkuError(404, 25702, $"SKU {sku} is not available in the system."));
        }

        if (quantity is not >= 0)
        {
            return (400, new EbaySandboxSkuError(400, 25709, "shipToLocationAvailability.quantity must be 0 or more."));
        }

        Catalog.SetQuantity(index, quantity.Value);
        return (200, null);
    }
}
