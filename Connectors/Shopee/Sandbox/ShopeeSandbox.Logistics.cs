using System.Globalization;
using System.Text.Json;
using CrossBorderHub.Connectors.Shopee.Wire;
using WireMock;

namespace CrossBorderHub.Connectors.Shopee.Sandbox;

public sealed partial class ShopeeSandbox
{
    /// <summary>get_shipping_parameter: the sandbox's channel is non-integrated, so the seller ships and sends the tracking number.</summary>
    private (int, byte[]) ShippingParameter(IRequestMessage request, IReadOnlyDictionary<string, string> query)
    {
        if (Data.IndexOf(query.GetValueOrDefault("order_sn") ?? "") is not { } index)
        {
            return (400, Error("error_not_found", "Wrong parameters, detail: the order is not found."));
        }

        var response = new ShopeeShippingParameterResponse
        {
            InfoNeeded = Data.ShipmentOf(index) is null && Shippable(Data.StatusOf(index)) ? new ShopeeInfoNeeded { NonIntegrated = ["tracking_number"] } : new ShopeeInfoNeeded(),
        };
        return (200, JsonSerializer.SerializeToUtf8Bytes(
            new ShopeeEnvelope<ShopeeShippingParameterResponse> { Error = "", Message = "", RequestId = Guid.NewGuid().ToString("N"), Response = response },
            ShopeeJsonContext.Default.ShopeeEnvelopeShopeeShippingParameterResponse));
    }

    /// <summary>ship_order: once per order, with the object get_shipping_parameter asked for.</summary>
    private (int, byte[]) ShipOrder(IRequestMessage request, IReadOnlyDictionary<string, string> query)
    {
        ShopeeShipOrderRequest? body;
        try
        {
            body = JsonSerializer.Deserialize(request.Body ?? "", ShopeeJsonContext.Default.ShopeeShipOrderRequest);
        }
        catch (JsonException)
        {
            body = null;
        }

        if (body is null || Data.IndexOf(body.OrderSn) is not { } index)
        {
            return (400, Error("error_not_found", "Wrong parameters, detail: the order is not found."));
        }

        if (body.NonIntegrated is not { TrackingNumber: { Length: > 0 } tracking })
        {
            return (400, Error("logistics.ship_order_invalid_param", "Parameter non_integrated.tracking_number can not be null."));
        }

        if (!Shippable(Data.StatusOf(index)) || !Data.Ship(index, new ShopeeSandboxShipment(body.OrderSn, "non_integrated", tracking)))
        {
            return (400, Error("logistics.package_can_not_ship", "The order can not be shipped in its current status."));
        }

        return (200, JsonSerializer.SerializeToUtf8Bytes(
            new ShopeeEnvelope<ShopeeNoResponse> { Error = "", Message = "", RequestId = string.Create(CultureInfo.InvariantCulture, $"ship-{index}") },
            ShopeeJsonContext.Default.ShopeeEnvelopeShopeeNoResponse));
    }

    /// <summary>get_tracking_number: empty until the order is shipped.</summary>
    private (int, byte[]) TrackingNumber(IRequestMessage request, IReadOnlyDictionary<string, string> query)
    {
        if (Data.IndexOf(query.GetValueOrDefault("order_sn") ?? "") is not { } index)
        {
            return (400, Error("logistics.invalid_error", "The order is not exist."));
        }

        return (200, JsonSerializer.SerializeToUtf8Bytes(
            new ShopeeEnvelope<ShopeeTrackingNumberResponse>
            {
                Error = "",
                Message = "",
                RequestId = Guid.NewGuid().ToString("N"),
                Response = new ShopeeTrackingNumberResponse { TrackingNumber = Data.ShipmentOf(index)?.TrackingNumber ?? "" },
            },
            ShopeeJsonContext.Default.ShopeeEnvelopeShopeeTrackingNumberResponse));
    }

    private static bool Shippable(string status) => status is "READY_TO_SHIP" or "RETRY_SHIP";
}
