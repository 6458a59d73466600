using System.Globalization;
using System.Text.Json;
using CrossBorderHub.Connectors.Shopee.Wire;
using WireMock;

namespace CrossBorderHub.Connectors.Shopee.Sandbox;

public sealed partial class ShopeeSandbox
{
    private static readonly HashSet<string> ItemStatuses = new(ShopeeConstants.ItemStatuses, StringComparer.Ordinal);

    /// <summary>get_item_list: offset and page_size (1–100) required, item_status required and repeatable, update_time range optional.</summary>
    private (int, byte[]) ItemList(IRequestMessage request, IReadOnlyDictionary<string, string> query)
    {
        if (!TryLong(query, "offset", out var offset) || offset < 0)
        {
            return (400, Error("error_param", "Wrong parameters, detail: offset is required."));
        }

        if (!TryLong(query, "page_size", out var pageSize) || pageSize is < 1 or > ShopeeConstants.MaxItemListPageSize)
        {
            return (400, Error("error_param", "Wrong parameters, detail: page_size should be between 1 and 100."));
        }

        var statuses = Values(request.Url, "item_status");
        if (statuses.Count == 0 || !statuses.All(ItemStatuses.Contains))
        {
            return (400, Error("error_param_item_status", "Item status error."));
        }

        long? from = TryLong(query, "update_time_from", out var f) ? f : null;
        long? to = TryLong(query, "update_time_to", out var t) ? t : null;
        if (from is not null && to is not null && to < from)
        {
            return (400, Error("error_update_time_range", "Update_time_to should be later than update_time_from."));
        }

        var matching = Catalog.Matching(statuses, from, to);
        var page = matching.Skip((int)Math.Min(offset, int.MaxValue)).Take((int)pageSize).ToList();
        var more = offset + page.Count < matching.Count;
        var response = new ShopeeItemListResponse
        {
            Item = [.. page.Select(i => new ShopeeItemListEntry { ItemId = ShopeeSandboxCatalog.ItemId(i), ItemStatus = Catalog.StatusOf(i), UpdateTime = Catalog.UpdatedAt(i).ToUnixTimeSeconds(), Tag = new ShopeeItemTag { Kit = false } })],
            TotalCount = matching.Count,
            HasNextPage = more,
            NextOffset = more ? offset + page.Count : 0,
        };
        return Ok(response, ShopeeJsonContext.Default.ShopeeEnvelopeShopeeItemListResponse);
    }

    /// <summary>get_item_base_info: 1–50 item ids, as "1,2" or "[1,2]"; ids the shop does not have are left out with a warning.</summary>
    private (int, byte[]) ItemBaseInfo(IRequestMessage request, IReadOnlyDictionary<string, string> query)
    {
        var text = (query.GetValueOrDefault("item_id_list") ?? "").Trim('[', ']');
        var parts = text.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var ids = parts.Select(p => long.TryParse(p, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) ? id : -1).ToList();
        if (ids.Count is < 1 or > ShopeeConstants.MaxItemBaseInfoBatch || ids.Contains(-1))
        {
            return (400, Error("error_param", "Wrong parameters, detail: item_id_list should have 1 to 50 item ids."));
        }

        var items = ids.Select(Catalog.IndexOf).OfType<int>().Distinct().Select(Catalog.Item).ToList();
        return Ok(new ShopeeItemBaseInfoResponse { ItemList = items }, ShopeeJsonContext.Default.ShopeeEnvelopeShopeeItemBaseInfoResponse, items.Count < ids.Count ? "Some item_id are not found." : "");
    }

    /// <summary>get_model_list for one item_id.</summary>
    private (int, byte[]) ModelList(IRequestMessage request, IReadOnlyDictionary<string, string> query)
    {
        if (!TryLong(query, "item_id", out var itemId) || Catalog.IndexOf(itemId) is not { } index)
        {
            return (400, Error("error_item_not_found", "Item_id is not found."));
        }

        return Ok(Catalog.Models(index), ShopeeJsonContext.Default.ShopeeEnvelopeShopeeModelListResponse);
    }

    /// <summary>
    /// update_stock: one item, 1–50 models, seller stock only. A model is refused on its own (failure_list) for a wrong
    /// model_id, a location structure that does not match the shop's, or stock below its promotion reserve; the call fails
    /// as a whole (error_busi_update_stock_failed, the list still given) only when every model is refused.
    /// </summary>
    private (int, byte[]) UpdateStock(IRequestMessage request, IReadOnlyDictionary<string, string> query)
    {
        ShopeeUpdateStockRequest? body;
        try
        {
            body = JsonSerializer.Deserialize(request.Body ?? "", ShopeeJsonContext.Default.ShopeeUpdateStockRequest);
        }
        catch (JsonException)
        {
            body = null;
        }

        if (body is null || body.ItemId <= 0)
        {
            return (400, Error("product.error_param", "invalid field ItemId: value must  Not Null"));
        }

        if (Catalog.IndexOf(body.ItemId) is not { } index)
        {
            return (400, Error("error_item_not_found", "Item_id is not found."));
        }

        if (body.StockList is not { Count: >= 1 and <= ShopeeConstants.MaxStockListEntries } || body.StockList.GroupBy(s => s.ModelId).Any(g => g.Count() > 1))
        {
            return (400, Error("error_param", body.StockList is { Count: > 0 } ? "Repeat model_id." : "Parameter is not match the constraints, stock_list length should be between 1 to 50."));
        }

        if (Catalog.StatusOf(index) is "SELLER_DELETE" or "SHOPEE_DELETE")
        {
            return (400, Error("error_item_uneditable", "Can't edit this item. item status can not support editing."));
        }

        var models = ShopeeSandboxCatalog.ModelIds(index).ToHashSet();
        var locations = Catalog.Locations;
        var success = new List<ShopeeStockSuccess>();
        var failure = new List<ShopeeStockFailure>();
        foreach (var entry in body.StockList)
        {
            var reason = !models.Contains(entry.ModelId) ? "Wrong model_id."
                : entry.SellerStock is not { Count: > 0 } || entry.SellerStock.Any(s => s.Stock < 0) ? "Parameter is not match the constraints, seller_stock is required."
                : entry.SellerStock.Any(s => !locations.Contains(s.LocationId)) ? "Can not update item with different stock structure. Can only update seller stock with location id when existing seller stock have location id. Can only update seller stock without location id when existing seller stock without location id."
                : entry.SellerStock.Sum(s => s.Stock) < ShopeeSandboxCatalog.ReservedOf(index, entry.ModelId) ? "Can not update item with stock less than reserved stock"
                : null;
            if (reason is not null)
            {
                failure.Add(new ShopeeStockFailure { ModelId = entry.ModelId, FailedReason = reason });
                continue;
            }

            foreach (var stock in entry.SellerStock!)
            {
                Catalog.SetStock(index, entry.ModelId, stock.LocationId, (int)stock.Stock);
                success.Add(new ShopeeStockSuccess { ModelId = entry.ModelId, LocationId = stock.LocationId, Stock = stock.Stock });
            }
        }

        var envelope = new ShopeeEnvelope<ShopeeUpdateStockResponse>
        {
            Error = success.Count == 0 ? "error_busi_update_stock_failed" : "",
            Message = success.Count == 0 ? "Update stock failed, please check failure_list for detailed reason" : "",
            RequestId = string.Create(CultureInfo.InvariantCulture, $"stock-{Interlocked.Increment(ref _stockCalls)}"),
            Response = new ShopeeUpdateStockResponse { SuccessList = success, FailureList = failure },
        };
        return (200, JsonSerializer.SerializeToUtf8Bytes(envelope, ShopeeJsonContext.Default.ShopeeEnvelopeShopeeUpdateStockResponse));
    }

    private static (int, byte[]) Ok<T>(T response, System.Text.Json.Serialization.Metadata.JsonTypeInfo<ShopeeEnvelope<T>> shape, string warning = "")
        where T : class =>
        (200, JsonSerializer.SerializeToUtf8Bytes(new ShopeeEnvelope<T> { Error = "", Message = "", Warning = warning, RequestId = RequestId(), Response = response }, shape));

    /// <summary>Every value of a repeated query parameter (item_status=NORMAL&amp;item_status=UNLIST).</summary>
    private static HashSet<string> Values(string url, string name)
    {
        var start = url.IndexOf('?', StringComparison.Ordinal);
        var values = new HashSet<string>(StringComparer.Ordinal);
        if (start < 0)
        {
            return values;
        }

        foreach (var pair in url[(start + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split('=', 2);
            if (Uri.UnescapeDataString(parts[0]) == name && parts.Length > 1)
            {
                values.Add(Uri.UnescapeDataString(parts[1]));
            }
        }

        return values;
    }
}
