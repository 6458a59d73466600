using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Web;
using CrossBorderHub.Connectors.SandboxKit.Consent;
using CrossBorderHub.Connectors.Shopee;
using CrossBorderHub.Connectors.Shopee.Sandbox;
using Microsoft.Extensions.Time.Testing;

namespace CrossBorderHub.Connectors.Tests.Shopee;

/// <summary>
/// Connecting a shop through Shopee's consent flow, against the sandbox's consent page. The link's expected sign was
/// computed apart from this code with Python's hmac module over partner_id + path + timestamp.
/// </summary>
public sealed class ShopeeConsentTests
{
    private const string DemoPartnerKey = "57615053704d6470644f554a78656d50484143644964436a5568777544524579";
    private static readonly Uri Callback = new("http://127.0.0.1:9/connect/shopee/callback");
    private static readonly JsonElement NoInput = JsonSerializer.SerializeToElement(new Dictionary<string, string>());

    [Fact]
    public void The_consent_url_is_the_signed_auth_partner_link_whose_redirect_is_the_callback_carrying_the_state()
    {
        var time = new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(1655714431));
        using var host = new ShopeeTestHost(ShopeeTestHost.StartSandbox(orders: 1, days: 1), time: time);
        var app = new ConsentApp(new Dictionary<string, string> { ["partnerId"] = "847892", ["partnerKey"] = DemoPartnerKey, ["host"] = "global" });

        var url = host.Consent.ConsentUrl(app, NoInput, new Uri("https://hub.example.com/connect/shopee/callback"), "CfDJ8-state_1");

        Assert.Equal(
            "https://partner.shopeemobile.com/api/v2/shop/auth_partner?partner_id=847892&timestamp=1655714431"
            + "&sign=ec7539db4814c81ea28c8ef7824149f4e80c229ffd47e629bd3ebcafbd8f8f03"
            + "&redirect=https%3A%2F%2Fhub.example.com%2Fconnect%2Fshopee%2Fcallback%3Fstate%3DCfDJ8-state_1",
            url.AbsoluteUri);
    }

    [Fact]
    public void The_consent_page_host_is_replaced_by_the_app_s_consent_url_and_the_platform_follows_the_host_value()
    {
        using var host = new ShopeeTestHost(ShopeeTestHost.StartSandbox(orders: 1, days: 1));
        var values = new Dictionary<string, string> { ["partnerId"] = "1", ["partnerKey"] = "k", ["host"] = "cn" };

        var china = host.Consent.ConsentUrl(new ConsentApp(values), NoInput, Callback, "s");
        var replaced = host.Consent.ConsentUrl(new ConsentApp(values, ConsentUrl: new Uri("http://127.0.0.1:4321/")), NoInput, Callback, "s");

        Assert.StartsWith("https://openplatform.shopee.cn/api/v2/shop/auth_partner?", china.AbsoluteUri, StringComparison.Ordinal);
        Assert.StartsWith("http://127.0.0.1:4321/api/v2/shop/auth_partner?", replaced.AbsoluteUri, StringComparison.Ordinal);
    }

    [Fact]
    public void An_app_without_partner_id_or_key_or_on_an_unknown_platform_is_not_offered_and_shopee_asks_the_seller_nothing()
    {
        using var host = new ShopeeTestHost(ShopeeTestHost.StartSandbox(orders: 1, days: 1));

        var empty = host.Consent.ValidateApp(new ConsentApp(new Dictionary<string, string>()));
        var bad = host.Consent.ValidateApp(new ConsentApp(new Dictionary<string, string> { ["partnerId"] = "12ab", ["partnerKey"] = "k", ["host"] = "mars" }));
        var good = host.Consent.ValidateApp(new ConsentApp(new Dictionary<string, string> { ["partnerId"] = "2001887", ["partnerKey"] = "k" }));

        Assert.Equal(["partnerId", "partnerKey"], empty.Select(e => e.Field));
        Assert.Equal(["partnerId", "host"], bad.Select(e => e.Field));
        Assert.Empty(good);
        Assert.Empty(host.Consent.InputFields);
        Assert.Empty(host.Consent.ValidateInput(NoInput));
        Assert.Equal("input.shopId", Assert.Single(host.Consent.ValidateInput(JsonSerializer.SerializeToElement(new { shopId = "1" }))).Field);
    }

    [Fact]
    public async Task A_seller_who_authorizes_on_the_sandbox_page_gets_a_store_whose_new_tokens_pull_orders()
    {
        using var host = new ShopeeTestHost(ShopeeTestHost.StartSandbox(orders: 12, days: 2));
        var app = host.SandboxApp();

        var back = await SandboxConsentBrowser.DecideAsync(host.Consent.ConsentUrl(app, NoInput, Callback, "state-1"), approve: true, CancellationToken.None);
        var query = Query(back);
        var grant = await host.Consent.CompleteAsync(app, NoInput, Callback, query, CancellationToken.None);

        Assert.Equal(Callback.AbsolutePath, back.AbsolutePath);
        Assert.Equal(["code", "shop_id", "state"], query.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("state-1", query["state"]);
        var shopId = host.Sandbox.Options.ShopId.ToString(CultureInfo.InvariantCulture);
        Assert.Equal(shopId, grant.AccountKey);
        Assert.Equal(host.Sandbox.Options.ShopName, grant.SuggestedName);
        Assert.Empty(host.Connector.Account.Validate(grant.Settings, grant.Credentials));
        Assert.Equal(shopId, host.Connector.Account.AccountKey(grant.Settings));
        Assert.Equal(host.Sandbox.Url, grant.BaseUrl);
        Assert.Equal(host.Sandbox.Tokens, (grant.Credentials["accessToken"], grant.Credentials["refreshToken"]));
        Assert.Equal(host.Sandbox.Options.PartnerKey, grant.Credentials["partnerKey"]);

        var store = new StoreAccount(Guid.NewGuid(), Guid.NewGuid(), ShopeeConstants.Marketplace, grant.SuggestedName, grant.Settings, grant.Credentials, grant.BaseUrl, grant.AuthUrl);
        var orders = (await ShopeeTestHost.CollectAsync(host.Connector.PullOrdersAsync(store, null, CancellationToken.None))).SelectMany(p => p.Items).ToList();

        Assert.Equal(12, orders.Select(o => o.MarketplaceOrderId).Distinct().Count());
        Assert.Equal(0, host.Sandbox.RefreshCount);
    }

    [Fact]
    public async Task A_callback_replayed_after_its_code_was_exchanged_is_refused_by_shopee()
    {
        using var host = new ShopeeTestHost(ShopeeTestHost.StartSandbox(orders: 1, days: 1));
        var app = host.SandboxApp();
        var query = Query(await SandboxConsentBrowser.DecideAsync(host.Consent.ConsentUrl(app, NoInput, Callback, "s"), approve: true, CancellationToken.None));
        await host.Consent.CompleteAsync(app, NoInput, Callback, query, CancellationToken.None);

        var replay = await Assert.ThrowsAsync<MarketplaceException>(() => host.Consent.CompleteAsync(app, NoInput, Callback, query, CancellationToken.None));

        Assert.Equal("invalid_code", replay.Code);
        Assert.Equal(1, host.Sandbox.ExchangeCount);
    }

    [Fact]
    public async Task A_code_older_than_ten_minutes_is_refused_and_one_just_inside_them_is_exchanged()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
        using var host = new ShopeeTestHost(ShopeeSandbox.Start(new ShopeeSandboxOptions { OrderCount = 1, TimeProvider = clock }));
        var app = host.SandboxApp();
        var stale = Query(await SandboxConsentBrowser.DecideAsync(host.Consent.ConsentUrl(app, NoInput, Callback, "a"), approve: true, CancellationToken.None));
        clock.Advance(TimeSpan.FromMinutes(10) - TimeSpan.FromSeconds(1));
        var fresh = Query(await SandboxConsentBrowser.DecideAsync(host.Consent.ConsentUrl(app, NoInput, Callback, "b"), approve: true, CancellationToken.None));
        clock.Advance(TimeSpan.FromSeconds(2));

        var expired = await Assert.ThrowsAsync<MarketplaceException>(() => host.Consent.CompleteAsync(app, NoInput, Callback, stale, CancellationToken.None));
        var grant = await host.Consent.CompleteAsync(app, NoInput, Callback, fresh, CancellationToken.None);

        Assert.Equal("invalid_code", expired.Code);
        Assert.Equal(host.Sandbox.Tokens.AccessToken, grant.Credentials["accessToken"]);
    }

    [Theory]
    [InlineData("shop_id=60021345&state=s", "no authorization code")]
    [InlineData("code=abc&state=s", "no shop_id")]
    [InlineData("code=&shop_id=60021345&state=s", "no authorization code")]
    [InlineData("code=abc&shop_id=shop-1&state=s", "not a number")]
    [InlineData("code=abc&shop_id=-5&state=s", "not a number")]
    [InlineData("code=abc&main_account_id=10208&state=s", "main account")]
    [InlineData("code=abc&shop_id=60021345&main_account_id=10208&state=s", "main account")]
    public async Task A_callback_missing_a_value_or_from_a_main_account_is_refused_before_any_exchange(string callbackQuery, string reason)
    {
        using var host = new ShopeeTestHost(ShopeeTestHost.StartSandbox(orders: 1, days: 1));

        var refused = await Assert.ThrowsAsync<ConsentRefusedException>(() =>
            host.Consent.CompleteAsync(host.SandboxApp(), NoInput, Callback, Query(new Uri(Callback, "?" + callbackQuery)), CancellationToken.None));

        Assert.Contains(reason, refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(host.Sandbox.Requests, r => r.Path == ShopeeConstants.Paths.GetAccessToken);
    }

    [Fact]
    public async Task Values_shopee_does_not_send_are_ignored_and_the_exchange_goes_ahead()
    {
        using var host = new ShopeeTestHost(ShopeeTestHost.StartSandbox(orders: 1, days: 1));
        var query = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["code"] = host.Sandbox.IssueAuthorizationCode(),
            ["shop_id"] = host.Sandbox.Options.ShopId.ToString(CultureInfo.InvariantCulture),
            ["state"] = "s",
            ["utm_source"] = "mail",
        };

        var grant = await host.Consent.CompleteAsync(host.SandboxApp(), NoInput, Callback, query, CancellationToken.None);

        Assert.Equal(host.Sandbox.Options.ShopId.ToString(CultureInfo.InvariantCulture), grant.AccountKey);
    }

    [Fact]
    public async Task A_callback_naming_another_shop_than_the_code_was_issued_for_is_refused_by_shopee()
    {
        using var host = new ShopeeTestHost(ShopeeTestHost.StartSandbox(orders: 1, days: 1));
        var query = new Dictionary<string, string> { ["code"] = host.Sandbox.IssueAuthorizationCode(), ["shop_id"] = "777", ["state"] = "s" };

        var e = await Assert.ThrowsAsync<MarketplaceException>(() => host.Consent.CompleteAsync(host.SandboxApp(), NoInput, Callback, query, CancellationToken.None));

        Assert.Equal("invalid_shop_id", e.Code);
    }

    [Fact]
    public async Task A_seller_who_declines_stays_on_shopee_and_no_code_is_issued()
    {
        using var host = new ShopeeTestHost(ShopeeTestHost.StartSandbox(orders: 1, days: 1));
        var url = host.Consent.ConsentUrl(host.SandboxApp(), NoInput, Callback, "s");
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseProxy = false });

        using var page = await browser.GetAsync(url);
        using var form = new FormUrlEncodedContent([new(SandboxConsentPage.DecisionField, SandboxConsentPage.Decline)]);
        using var answer = await browser.PostAsync(url, form);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("id=\"approve\"", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Null(answer.Headers.Location);
        Assert.Contains("did not authorize", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await Assert.ThrowsAsync<InvalidOperationException>(() => SandboxConsentBrowser.DecideAsync(url, approve: false, CancellationToken.None));
        Assert.Equal(0, host.Sandbox.ExchangeCount);
    }

    [Fact]
    public async Task A_consent_link_signed_with_another_partner_key_gets_shopee_s_error_sign_page()
    {
        using var host = new ShopeeTestHost(ShopeeTestHost.StartSandbox(orders: 1, days: 1));
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseProxy = false });

        using var page = await browser.GetAsync(host.Consent.ConsentUrl(host.SandboxApp("not-the-partner-key"), NoInput, Callback, "s"));

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Contains("error_sign", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_shop_whose_name_cannot_be_read_is_named_by_its_id()
    {
        using var host = new ShopeeTestHost(ShopeeTestHost.StartSandbox(orders: 1, days: 1));
        var app = host.SandboxApp() with { ApiUrl = new Uri("http://127.0.0.1:9/"), AuthUrl = host.Sandbox.Url };
        var query = new Dictionary<string, string>
        {
            ["code"] = host.Sandbox.IssueAuthorizationCode(),
            ["shop_id"] = host.Sandbox.Options.ShopId.ToString(CultureInfo.InvariantCulture),
            ["state"] = "s",
        };

        var grant = await host.Consent.CompleteAsync(app, NoInput, Callback, query, CancellationToken.None);

        Assert.Equal($"Shopee shop {host.Sandbox.Options.ShopId}", grant.SuggestedName);
        Assert.Equal(new Uri("http://127.0.0.1:9/"), grant.BaseUrl);
        Assert.Equal(host.Sandbox.Url, grant.AuthUrl);
    }

    private static Dictionary<string, string> Query(Uri url)
    {
        var parsed = HttpUtility.ParseQueryString(url.Query);
        return parsed.AllKeys.OfType<string>().ToDictionary(k => k, k => parsed[k] ?? "", StringComparer.Ordinal);
    }
}
