using System.Globalization;
using System.Text.Json;
using CrossBorderHub.Connectors.SandboxKit;
using CrossBorderHub.Connectors.Shopee.Wire;
using WireMock;

namespace CrossBorderHub.Connectors.Shopee.Sandbox;

public sealed partial class ShopeeSandbox
{
    private const string InvalidTimeMessage = "Start time must be earlier than end time and diff in 15days.";

    /// <summary>get_order_list: update_time or create_time in [time_from, time_to] (at most 15 days), page_size 1–100, cursor paging.</summary>
    private (int, byte[]) OrderList(IRequestMessage request, IReadOnlyDictionary<string, string> query)
    {
        if (query.GetValueOrDefault("time_range_field") is not ("update_time" or "create_time"))
        {
            return (400, Error("error_param", "Wrong parameters, detail: time_range_field must be create_time or update_time."));
        }

        if (!TryLong(query, "time_from", out var from) || !TryLong(query, "time_to", out var to) || from >= to || to - from > (long)ShopeeConstants.MaxOrderWindow.TotalSeconds)
        {
            return (400, Error("order.order_list_invalid_time", InvalidTimeMessage));
        }

        if (!TryLong(query, "page_size", out var pageSize) || pageSize is < 1 or > ShopeeConstants.MaxOrderListPageSize)
        {
            return (400, Error("error_param", "Wrong parameters, detail: page_size should be between 1 and 100."));
        }

        var cursor = query.GetValueOrDefault("cursor");
        var after = SandboxCursor.Decode(cursor);
        if (!string.IsNullOrEmpty(cursor) && after is null)
        {
            return (400, Error("error_param", "Wrong parameters, detail: invalid cursor."));
        }

        var window = new SandboxWindow(DateTimeOffset.FromUnixTimeSeconds(from), FromInclusive: true, Until: DateTimeOffset.FromUnixTimeSeconds(to + 1));
        var byCreate = query["time_range_field"] == "create_time";
        var (page, more) = SandboxPaging.Page(Data.VisibleCount(), Data.CreatedAt, byCreate ? [] : Data.Moved(), window, after, (int)pageSize);
        var withStatus = query.GetValueOrDefault("response_optional_fields")?.Split(',').Contains("order_status") == true;
        var response = new ShopeeOrderListResponse
        {
            More = more,
            NextCursor = more ? SandboxCursor.Encode(page[^1]) : "",
            OrderList = [.. page.Select(key => new ShopeeOrderListEntry { OrderSn = Data.OrderSn(key.Index), OrderStatus = withStatus ? Data.StatusOf(key.Index) : null })],
        };
        return (200, JsonSerializer.SerializeToUtf8Bytes(
            new ShopeeEnvelope<ShopeeOrderListResponse> { Error = "", Message = "", RequestId = Guid.NewGuid().ToString("N"), Response = response },
            ShopeeJsonContext.Default.ShopeeEnvelopeShopeeOrderListResponse));
    }

    /// <summary>get_order_detail: 1–50 order_sn; optional fields only when asked for, as Shopee answers.</summary>
    private (int, byte[]) OrderDetail(IRequestMessage request, IReadOnlyDictionary<string, string> query)
    {
        var numbers = (query.GetValueOrDefault("order_sn_list") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (numbers.Length is < 1 or > ShopeeConstants.MaxOrderDetailBatch)
        {
            return (400, Error("error_param", "Wrong parameters, detail: order_sn_list should have 1 to 50 values."));
        }

        var optional = (query.GetValueOrDefault("response_optional_fields") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        var orders = new List<ShopeeOrder>(numbers.Length);
        foreach (var number in numbers)
        {
            if (Data.IndexOf(number) is not { } index)
            {
                return (400, Error("error_not_found", "Wrong parameters, detail: the order is not found."));
            }

            orders.Add(Only(Data.Order(index), optional));
        }

        return (200, JsonSerializer.SerializeToUtf8Bytes(
            new ShopeeEnvelope<ShopeeOrderDetailResponse> { Error = "", Message = "", RequestId = Guid.NewGuid().ToString("N"), Response = new ShopeeOrderDetailResponse { OrderList = orders } },
            ShopeeJsonContext.Default.ShopeeEnvelopeShopeeOrderDetailResponse));
    }

    private static ShopeeOrder Only(ShopeeOrder order, HashSet<string> optional) => order with
    {
        BuyerUserId = optional.Contains("buyer_user_id") ? order.BuyerUserId : null,
        BuyerUsername = optional.Contains("buyer_username") ? order.BuyerUsername : null,
        EstimatedShippingFee = optional.Contains("estimated_shipping_fee") ? order.EstimatedShippingFee : null,
        ActualShippingFee = optional.Contains("actual_shipping_fee") ? order.ActualShippingFee : null,
        ActualShippingFeeConfirmed = optional.Contains("actual_shipping_fee_confirmed") ? order.ActualShippingFeeConfirmed : null,
        TotalAmount = optional.Contains("total_amount") ? order.TotalAmount : null,
        PayTime = optional.Contains("pay_time") ? order.PayTime : null,
        FulfillmentFlag = optional.Contains("fulfillment_flag") ? order.FulfillmentFlag : null,
        ShippingCarrier = optional.Contains("shipping_carrier") ? order.ShippingCarrier : null,
        PaymentMethod = optional.Contains("payment_method") ? order.PaymentMethod : null,
        RecipientAddress = optional.Contains("recipient_address") ? order.RecipientAddress : null,
        ItemList = optional.Contains("item_list") ? order.ItemList : null,
        PackageList = optional.Contains("package_list") ? order.PackageList : null,
    };

    private static bool TryLong(IReadOnlyDictionary<string, string> query, string name, out long value) =>
        long.TryParse(query.GetValueOrDefault(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out value);
}
