using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CrossBorderHub.Connectors.SandboxKit;
using CrossBorderHub.Connectors.Shopee;
using CrossBorderHub.Connectors.Shopee.Sandbox;

namespace CrossBorderHub.Connectors.Tests.Shopee;

/// <summary>The sandbox's product endpoints answer as Shopee documents: signs checked, offset paging, per-model stock failures, faults.</summary>
public sealed class ShopeeSandboxProductTests
{
    [Fact]
    public async Task Get_item_list_pages_by_offset_filters_by_status_and_reports_the_total()
    {
        using var sandbox = ShopeeTestHost.StartCatalogSandbox(items: 20, days: 5);
        using var http = new HttpClient();

        using var first = await http.GetAsync(Signed(sandbox, ShopeeConstants.Paths.ItemList, "offset=0&page_size=7&item_status=NORMAL&item_status=UNLIST"));
        using var last = await http.GetAsync(Signed(sandbox, ShopeeConstants.Paths.ItemList, "offset=14&page_size=7&item_status=NORMAL&item_status=UNLIST"));
        using var deleted = await http.GetAsync(Signed(sandbox, ShopeeConstants.Paths.ItemList, "offset=0&page_size=100&item_status=SELLER_DELETE"));

        var (page, total, more, next) = await PageOf(first);
        Assert.Equal((7, 19L, true, 7L), (page.Count, total, more, next));
        var (tail, _, tailMore, _) = await PageOf(last);
        Assert.Equal((5, false), (tail.Count, tailMore));
        Assert.Equal([ShopeeSandboxCatalog.ItemId(16)], (await PageOf(deleted)).Items);
    }

    [Theory]
    [InlineData("offset=0&page_size=10", "error_param_item_status")]
    [InlineData("offset=0&page_size=101&item_status=NORMAL", "error_param")]
    [InlineData("offset=0&page_size=10&item_status=NORMAL&update_time_from=20&update_time_to=10", "error_update_time_range")]
    public async Task Get_item_list_refuses_what_shopee_refuses(string query, string error)
    {
        using var sandbox = ShopeeTestHost.StartCatalogSandbox(items: 5, days: 1);
        using var http = new HttpClient();

        using var response = await http.GetAsync(Signed(sandbox, ShopeeConstants.Paths.ItemList, query));

        Assert.Equal(error, await ErrorOf(response));
    }

    [Fact]
    public async Task A_product_call_signed_with_another_key_or_a_stale_token_is_refused()
    {
        using var sandbox = ShopeeTestHost.StartCatalogSandbox(items: 5, days: 1);
        using var http = new HttpClient();

        using var wrongSign = await http.GetAsync(Signed(sandbox, ShopeeConstants.Paths.ModelList, "item_id=1000001", key: "another-key"));
        sandbox.ExpireAccessToken();
        using var staleToken = await http.GetAsync(Signed(sandbox, ShopeeConstants.Paths.ItemBaseInfo, "item_id_list=1000001"));

        Assert.Equal((HttpStatusCode.Forbidden, "error_sign"), (wrongSign.StatusCode, await ErrorOf(wrongSign)));
        Assert.Equal((HttpStatusCode.Forbidden, "error_auth"), (staleToken.StatusCode, await ErrorOf(staleToken)));
        Assert.Equal(0, sandbox.RequestCount);
    }

    [Fact]
    public async Task Update_stock_sets_the_models_it_can_and_lists_the_others_with_shopee_s_reason()
    {
        using var sandbox = ShopeeTestHost.StartCatalogSandbox(items: 10, days: 1);
        using var http = new HttpClient();
        var body = new
        {
            item_id = ShopeeSandboxCatalog.ItemId(4),
            stock_list = new object[]
            {
                new { model_id = ShopeeSandboxCatalog.ModelId(4, 0), seller_stock = new[] { new { stock = 1 } } },
                new { model_id = ShopeeSandboxCatalog.ModelId(4, 1), seller_stock = new[] { new { stock = 40 } } },
                new { model_id = 99L, seller_stock = new[] { new { stock = 3 } } },
            },
        };

        using var response = await http.PostAsJsonAsync(Signed(sandbox, ShopeeConstants.Paths.UpdateStock, ""), body);

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("", json.RootElement.GetProperty("error").GetString());
        var answer = json.RootElement.GetProperty("response");
        Assert.Equal(ShopeeSandboxCatalog.ModelId(4, 1), Assert.Single(answer.GetProperty("success_list").EnumerateArray()).GetProperty("model_id").GetInt64());
        Assert.Equal(
            ["Can not update item with stock less than reserved stock", "Wrong model_id."],
            answer.GetProperty("failure_list").EnumerateArray().Select(f => f.GetProperty("failed_reason").GetString()));
        Assert.Equal(40, sandbox.Catalog.StockOf(4, ShopeeSandboxCatalog.ModelId(4, 1), null));
        Assert.True(sandbox.Catalog.UpdatedAt(4) > TimeProvider.System.GetUtcNow() - TimeSpan.FromMinutes(1));
    }

    [Theory]
    [InlineData(SandboxFault.TooManyRequests)]
    [InlineData(SandboxFault.InternalServerError)]
    [InlineData(SandboxFault.BadGateway)]
    [InlineData(SandboxFault.ServiceUnavailable)]
    [InlineData(SandboxFault.Timeout)]
    [InlineData(SandboxFault.MalformedJson)]
    [InlineData(SandboxFault.TruncatedBody)]
    public async Task The_catalog_lands_whole_under_each_fault_kind_on_the_product_calls(SandboxFault fault)
    {
        var faults = new ShopeeFaultPlan
        {
            OnRequest = new Dictionary<int, SandboxFault> { [1] = fault, [3] = fault, [6] = fault },
            TimeoutDelay = TimeSpan.FromSeconds(3),
        };
        var settings = new Dictionary<string, string?> { ["Connectors:Shopee:AttemptTimeout"] = "00:00:01", ["Connectors:Shopee:CatalogBackfill"] = "10.00:00:00" };
        using var host = new ShopeeTestHost(ShopeeTestHost.StartCatalogSandbox(items: 9, days: 2, faults: faults), settings: settings);

        var pages = await ShopeeTestHost.CollectAsync(host.Connector.PullCatalogAsync(host.Account, null, CancellationToken.None));

        Assert.Equal(9, pages.SelectMany(p => p.Items).Select(p => p.MarketplaceProductId).Distinct().Count());
        Assert.Equal(3, host.Sandbox.Requests.Count(r => r.Fault == fault));
    }

    private static async Task<(List<long> Items, long Total, bool More, long Next)> PageOf(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var body = json.RootElement.GetProperty("response");
        return (
            [.. body.GetProperty("item").EnumerateArray().Select(i => i.GetProperty("item_id").GetInt64())],
            body.GetProperty("total_count").GetInt64(),
            body.GetProperty("has_next_page").GetBoolean(),
            body.GetProperty("next_offset").GetInt64());
    }

    private static Uri Signed(ShopeeSandbox sandbox, string path, string query, string? key = null)
    {
        var options = sandbox.Options;
        var timestamp = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds();
        var sign = ShopeeSigner.Sign(key ?? options.PartnerKey, options.PartnerId, path, timestamp, options.AccessToken, options.ShopId);
        var separator = query.Length == 0 ? "" : "&";
        return new Uri(sandbox.Url, string.Create(
            CultureInfo.InvariantCulture,
            $"{path}?{query}{separator}partner_id={options.PartnerId}&timestamp={timestamp}&sign={sign}&access_token={options.AccessToken}&shop_id={options.ShopId}"));
    }

    private static async Task<string?> ErrorOf(HttpResponseMessage response)
    {
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("error").GetString();
    }
}
