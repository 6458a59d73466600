using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CrossBorderHub.Connectors.SandboxKit;
using WireMock;

namespace CrossBorderHub.Connectors.TikTokShop.Sandbox;

public sealed partial class TikTokShopSandbox
{
    /// <summary>
    /// POST /product/202309/products/search: page_size and page_token in the query; in the body seller_skus (the products
    /// holding them, one page) or update_time_ge/update_time_le (both inclusive), oldest update first.
    /// </summary>
    private (long Code, string Message, JsonNode? Data) SearchProducts(IRequestMessage request)
    {
        var query = Query(request);
        if (!int.TryParse(query.GetValueOrDefault("page_size"), NumberStyles.None, CultureInfo.InvariantCulture, out var pageSize) || pageSize is < 1 or > MaxPageSize)
        {
            return (InvalidRequestCode, $"page_size must be between 1 and {MaxPageSize}.", null);
        }

        SandboxKey? after = null;
        if (query.GetValueOrDefault("page_token") is { Length: > 0 } token && (after = SandboxCursor.Decode(token)) is null)
        {
            return (InvalidRequestCode, "Invalid page_token.", null);
        }

        if (Body(request) is not { } body)
        {
            return (InvalidRequestCode, "The request body is not valid.", null);
        }

        var products = new JsonArray();
        if (body["seller_skus"] is JsonArray sellerSkus)
        {
            var indexes = sellerSkus.Select(s => s?.GetValue<string>() is { } sku ? TikTokShopSandboxCatalog.IndexOfSellerSku(sku) : null)
                .OfType<int>().Select(s => s / TikTokShopSandboxCatalog.SkusPerProduct).Where(p => p < Catalog.Count).Distinct().Order();
            foreach (var index in indexes)
            {
                products.Add(Catalog.Product(index, detail: false));
            }

            return (0, "Success", new JsonObject { ["next_page_token"] = "", ["total_count"] = products.Count, ["products"] = products });
        }

        var from = Seconds(body["update_time_ge"]);
        var through = Seconds(body["update_time_le"]);
        var window = new SandboxWindow(from, true, through?.AddSeconds(1));
        var (page, hasNext) = SandboxPaging.Page(Catalog.Count, Catalog.UpdatedAt, Catalog.Updates.Snapshot(), window, after, pageSize);
        foreach (var key in page)
        {
            products.Add(Catalog.Product(key.Index, detail: false));
        }

        return (0, "Success", new JsonObject
        {
            ["next_page_token"] = hasNext ? SandboxCursor.Encode(page[^1]) : "",
            ["total_count"] = Catalog.Count,
            ["products"] = products,
        });
    }

    /// <summary>GET /product/202309/products/{product_id}.</summary>
    private (long Code, string Message, JsonNode? Data) ProductDetail(IRequestMessage request)
    {
        var segments = request.Path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments.Length == 4 && TikTokShopSandboxCatalog.IndexOfProduct(segments[3]) is { } index && index < Catalog.Count
            ? (0, "Success", Catalog.Product(index, detail: true))
            : (ProductNotFoundCode, "The product does not exist.", null);
    }

    /// <summary>POST /product/202309/inventory/search: up to 100 product_ids or up to 600 sku_ids (sku_ids win).</summary>
    private (long Code, string Message, JsonNode? Data) SearchInventory(IRequestMessage request)
    {
        if (Body(request) is not { } body)
        {
            return (InvalidRequestCode, "The request body is not valid.", null);
        }

        var skuIds = Ids(body["sku_ids"]);
        var productIds = Ids(body["product_ids"]);
        if (skuIds is { Count: > 600 } || (skuIds is null && productIds is not { Count: > 0 and <= 100 }))
        {
            return (InvalidRequestCode, "Pass 1 to 100 product_ids or up to 600 sku_ids.", null);
        }

        var inventory = new JsonArray();
        if (skuIds is not null)
        {
            var skus = skuIds.Select(TikTokShopSandboxCatalog.IndexOfSku).OfType<int>().Where(s => s < Catalog.Count * TikTokShopSandboxCatalog.SkusPerProduct).ToHashSet();
            foreach (var product in skus.Select(s => s / TikTokShopSandboxCatalog.SkusPerProduct).Distinct().Order())
            {
                inventory.Add(Catalog.Inventory(product, skus));
            }
        }
        else
        {
            foreach (var product in productIds!.Select(TikTokShopSandboxCatalog.IndexOfProduct).OfType<int>().Where(p => p < Catalog.Count))
            {
                inventory.Add(Catalog.Inventory(product, null));
            }
        }

        return (0, "Success", new JsonObject { ["inventory"] = inventory });
    }

    /// <summary>
    /// POST /product/202309/products/{product_id}/inventory/update: absolute quantities (0 to 99,999) per SKU of the
    /// product and warehouse; the warehouse may be left out only for a SKU stocked in one.
    /// </summary>
    private (long Code, string Message, JsonNode? Data) UpdateInventory(IRequestMessage request)
    {
        var segments = request.Path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length != 6 || TikTokShopSandboxCatalog.IndexOfProduct(segments[3]) is not { } product || product >= Catalog.Count)
        {
            return (ProductNotFoundCode, "The product does not exist.", null);
        }

        if (Body(request)?["skus"] is not JsonArray { Count: > 0 } skus)
        {
            return (InvalidRequestCode, "skus is required.", null);
        }

        var sets = new List<(int Sku, string Warehouse, int Quantity)>();
        foreach (var sku in skus)
        {
            var index = sku?["id"]?.GetValue<string>() is { } id ? TikTokShopSandboxCatalog.IndexOfSku(id) : null;
            if (index is not { } s || s / TikTokShopSandboxCatalog.SkusPerProduct != product)
            {
                return (SkuNotFoundCode, "The SKU does not belong to the product.", null);
            }

            var warehouses = TikTokShopSandboxCatalog.WarehousesOf(product);
            foreach (var level in sku!["inventory"] as JsonArray ?? [])
            {
                var warehouse = level?["warehouse_id"]?.GetValue<string>() ?? (warehouses.Count == 1 ? warehouses[0] : null);
                var quantity = level?["quantity"]?.GetValue<int>();
                if (warehouse is null || !warehouses.Contains(warehouse))
                {
                    return (InvalidRequestCode, "warehouse_id is required and must be one of the SKU's warehouses.", null);
                }

                if (quantity is not (>= 0 and < 99_999))
                {
                    return (InvalidRequestCode, "quantity must be between 0 and 99,998.", null);
                }

                sets.Add((s, warehouse, quantity.Value));
            }
        }

        var now = _options.TimeProvider.GetUtcNow();
        foreach (var (sku, warehouse, quantity) in sets)
        {
            Catalog.SetStock(sku, warehouse, quantity, now);
        }

        return (0, "Success", new JsonObject { ["errors"] = new JsonArray() });
    }

    private static JsonNode? Body(IRequestMessage request)
    {
        try
        {
            return JsonNode.Parse(string.IsNullOrEmpty(request.Body) ? "{}" : request.Body);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static List<string>? Ids(JsonNode? node) =>
        node is JsonArray array ? [.. array.Select(n => n?.GetValue<string>()).OfType<string>()] : null;

    private static DateTimeOffset? Seconds(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<long>(out var seconds) ? DateTimeOffset.FromUnixTimeSeconds(seconds) : null;
}
