using System.Globalization;
using CrossBorderHub.Connectors.Ebay.Wire;

namespace CrossBorderHub.Connectors.Ebay;

/// <summary>How one SKU of a bulkUpdatePriceQuantity call went: set, refused (a 4xx statusCode) or failed for now (5xx, 429, or no answer for it).</summary>
internal sealed record EbayStockOutcome(string Sku, int? StatusCode, string? ErrorId, string? Message)
{
    public bool IsSet => StatusCode == 200;

    public bool IsTransient => StatusCode is null or 429 or >= 500;

    public static EbayStockOutcome From(string sku, EbayPriceQuantityResponse? response)
    {
        if (response is null)
        {
            return new EbayStockOutcome(sku, null, null, "eBay's answer has no response for this SKU");
        }

        var error = response.Errors is { Count: > 0 } errors ? EbayErrorEnvelope.FromDetails(errors) : null;
        return new EbayStockOutcome(sku, response.StatusCode, error?.Code, error?.Message);
    }

    public override string ToString() =>
        $"{Sku} ({(StatusCode is { } status ? status.ToString(CultureInfo.InvariantCulture) : "no status")}{(ErrorId is null ? "" : " " + ErrorId)}: {MarketplaceException.Bound(Message ?? "no message", 120)})";
}
