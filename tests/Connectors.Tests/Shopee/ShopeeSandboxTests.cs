using System.Globalization;
using System.Net;
using System.Text.Json;
using CrossBorderHub.Connectors.Shopee;

namespace CrossBorderHub.Connectors.Tests.Shopee;

/// <summary>The sandbox answers as Shopee documents: signs checked, the 15-day window enforced, the error envelope.</summary>
public sealed class ShopeeSandboxTests
{
    [Fact]
    public async Task A_window_longer_than_15_days_gets_shopee_s_invalid_time_error()
    {
        using var sandbox = ShopeeTestHost.StartSandbox(orders: 5, days: 1);
        using var http = new HttpClient();
        var to = 1_780_000_000L;

        using var tooLong = await http.GetAsync(SignedUrl(sandbox, $"time_range_field=update_time&time_from={to - (15 * 86_400) - 1}&time_to={to}&page_size=10"));
        using var fifteenDays = await http.GetAsync(SignedUrl(sandbox, $"time_range_field=update_time&time_from={to - (15 * 86_400)}&time_to={to}&page_size=10"));

        Assert.Equal("order.order_list_invalid_time", await ErrorOf(tooLong));
        Assert.Equal("", await ErrorOf(fifteenDays));
    }

    [Fact]
    public async Task A_request_signed_with_another_key_gets_error_sign()
    {
        using var sandbox = ShopeeTestHost.StartSandbox(orders: 5, days: 1);
        using var http = new HttpClient();

        using var response = await http.GetAsync(SignedUrl(sandbox, "time_range_field=update_time&time_from=1&time_to=2&page_size=10", key: "another-key"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("error_sign", await ErrorOf(response));
        Assert.Equal(0, sandbox.RequestCount);
    }

    private static Uri SignedUrl(CrossBorderHub.Connectors.Shopee.Sandbox.ShopeeSandbox sandbox, string query, string? key = null)
    {
        var options = sandbox.Options;
        const long Timestamp = 1_780_000_000;
        var path = ShopeeConstants.Paths.OrderList;
        var sign = ShopeeSigner.Sign(key ?? options.PartnerKey, options.PartnerId, path, Timestamp, options.AccessToken, options.ShopId);
        return new Uri(sandbox.Url, string.Create(
            CultureInfo.InvariantCulture,
            $"{path}?{query}&partner_id={options.PartnerId}&timestamp={Timestamp}&sign={sign}&access_token={options.AccessToken}&shop_id={options.ShopId}"));
    }

    private static async Task<string?> ErrorOf(HttpResponseMessage response)
    {
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("error").GetString();
    }
}
