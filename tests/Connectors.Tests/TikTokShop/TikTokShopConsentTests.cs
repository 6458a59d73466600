using System.Globalization;
using System.Text.Json;
using System.Web;
using CrossBorderHub.Connectors.SandboxKit.Consent;
using CrossBorderHub.Connectors.TikTokShop;
using CrossBorderHub.Connectors.TikTokShop.Sandbox;
using Microsoft.Extensions.Time.Testing;

namespace CrossBorderHub.Connectors.Tests.TikTokShop;

public sealed class TikTokShopConsentTests
{
    private static readonly DateTimeOffset Now = new(2027, 6, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly Uri Callback = new("http://127.0.0.1:9/connect/tiktokshop/callback");
    private static readonly JsonElement NoInput = JsonSerializer.SerializeToElement(new Dictionary<string, string>());

    [Fact]
    public void The_consent_url_is_the_service_authorization_link_carrying_the_state()
    {
        using var host = Host();
        var app = App(host.Sandbox) with { ConsentUrl = null };

        var url = host.Consent.ConsentUrl(app, NoInput, Callback, "state+/=1");

        Assert.Equal("https://services.tiktokshop.com/open/authorize?service_id=7100000000000000001&state=state%2B%2F%3D1", url.AbsoluteUri);
        Assert.Equal("state+/=1", HttpUtility.ParseQueryString(url.Query)["state"]);
    }

    [Fact]
    public void An_app_of_the_US_partner_center_links_to_the_US_authorization_host()
    {
        using var host = Host();
        var values = new Dictionary<string, string>(App(host.Sandbox).Values) { ["market"] = "us" };

        var url = host.Consent.ConsentUrl(new ConsentApp(values), NoInput, Callback, "s1");

        Assert.Equal("https://services.us.tiktokshop.com/open/authorize?service_id=7100000000000000001&state=s1", url.AbsoluteUri);
    }

    [Fact]
    public void A_consent_host_override_replaces_the_host_and_keeps_the_path()
    {
        using var host = Host();

        var url = host.Consent.ConsentUrl(App(host.Sandbox), NoInput, Callback, "s1");

        Assert.Equal(new Uri(host.Sandbox.Url, "/open/authorize?service_id=7100000000000000001&state=s1"), url);
    }

    [Fact]
    public void An_app_without_its_key_secret_or_a_numeric_service_id_is_reported_by_name()
    {
        using var host = Host();

        var missing = host.Consent.ValidateApp(new ConsentApp(new Dictionary<string, string> { ["appKey"] = " " }));
        var wrong = host.Consent.ValidateApp(new ConsentApp(new Dictionary<string, string>(App(host.Sandbox).Values) { ["serviceId"] = "sandbox_app_key", ["market"] = "eu" }));

        Assert.Equal(["appKey", "appSecret", "serviceId"], missing.Select(e => e.Field));
        Assert.Equal(["serviceId", "market"], wrong.Select(e => e.Field));
        Assert.Empty(host.Consent.ValidateApp(App(host.Sandbox)));
    }

    [Theory]
    [InlineData("{}", "")]
    [InlineData("{\"shop\":\"GB\"}", "")]
    [InlineData("{\"shop\":\"7494000000000000001\"}", "")]
    [InlineData("{\"shop\":\"\"}", "")]
    [InlineData("{\"shop\":\"Great Britain\"}", "input.shop")]
    [InlineData("{\"shop\":7494000000000000001}", "input.shop")]
    [InlineData("{\"shopDomain\":\"x.myshopify.com\"}", "input.shopDomain")]
    [InlineData("[\"GB\"]", "input")]
    public void The_only_input_is_an_optional_shop_id_or_region(string json, string field)
    {
        using var host = Host();

        var errors = host.Consent.ValidateInput(JsonDocument.Parse(json).RootElement);

        Assert.Equal(field.Length == 0 ? [] : [field], errors.Select(e => e.Field));
    }

    [Fact]
    public async Task A_callback_without_a_code_is_refused_before_anything_is_exchanged()
    {
        using var host = Host();
        var query = new Dictionary<string, string> { ["state"] = "s1", ["app_key"] = host.Sandbox.Options.AppKey, ["shop_region"] = "GB" };

        await Assert.ThrowsAsync<ConsentRefusedException>(() => host.Consent.CompleteAsync(App(host.Sandbox), NoInput, Callback, query, default));

        Assert.Equal(0, host.Sandbox.ExchangeRequestCount);
    }

    [Fact]
    public async Task A_callback_for_another_app_is_refused_and_its_code_left_unspent()
    {
        using var host = Host();
        var code = host.Sandbox.IssueAuthorizationCode();
        var query = new Dictionary<string, string> { ["code"] = code, ["state"] = "s1", ["app_key"] = "another_app_key" };

        var e = await Assert.ThrowsAsync<ConsentRefusedException>(() => host.Consent.CompleteAsync(App(host.Sandbox), NoInput, Callback, query, default));

        Assert.Contains("another app", e.Message, StringComparison.Ordinal);
        Assert.Equal(0, host.Sandbox.ExchangeRequestCount);
        var options = host.Sandbox.Options;
        Assert.Equal("TTP_sandbox_access.g1", (await host.Authorization.ExchangeCodeAsync(options.AppKey, options.AppSecret, code, host.Sandbox.Url, default)).AccessToken);
    }

    [Fact]
    public async Task An_approved_consent_gives_the_shop_with_its_cipher_and_tokens_that_pull_its_orders()
    {
        using var host = Host();
        var app = App(host.Sandbox);
        var callback = await SandboxConsentBrowser.DecideAsync(host.Consent.ConsentUrl(app, NoInput, Callback, "s1"), approve: true, default);
        var query = Query(callback);

        var grant = await host.Consent.CompleteAsync(app, NoInput, Callback, query, default);

        Assert.Equal(Callback.GetLeftPart(UriPartial.Path), callback.GetLeftPart(UriPartial.Path));
        Assert.Equal(["app_key", "code", "locale", "shop_region", "state"], query.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("s1", query["state"]);
        Assert.Equal("7494000000000000001", grant.AccountKey);
        Assert.Equal("Sandbox shop", grant.SuggestedName);
        Assert.Equal(
            """{"appKey":"sandbox_app_key","shopId":"7494000000000000001","shopCipher":"ROW_sandbox_cipher","region":"GB"}""",
            grant.Settings.GetRawText());
        Assert.Equal("sandbox_app_secret", grant.Credentials["appSecret"]);
        Assert.Equal("TTP_sandbox_access.g1", grant.Credentials["accessToken"]);
        Assert.Equal("TTP_sandbox_refresh.g1", grant.Credentials["refreshToken"]);
        Assert.Equal(Now.AddDays(7).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), grant.Credentials["accessTokenExpiresAt"]);
        Assert.Equal(host.Sandbox.Url, grant.BaseUrl);
        Assert.Equal(host.Sandbox.Url, grant.AuthUrl);
        Assert.Equal(grant.AccountKey, host.Connector.Account.AccountKey(grant.Settings));
        Assert.Empty(host.Connector.Account.Validate(grant.Settings, grant.Credentials));

        var store = new StoreAccount(Guid.NewGuid(), Guid.NewGuid(), "tiktokshop", grant.SuggestedName, grant.Settings, grant.Credentials, grant.BaseUrl, grant.AuthUrl);
        var pages = await TikTokShopTestHost.CollectAsync(host.Connector.PullOrdersAsync(store, null, default));

        Assert.Equal(5, pages.Sum(p => p.Items.Count));
        Assert.Equal(0, host.Sandbox.RefusedCount);
        Assert.Equal(0, host.Sandbox.RefreshCount);
        Assert.Single(host.Sandbox.Requests, r => r.Path == TikTokShopConstants.AuthorizedShopsPath);
    }

    [Fact]
    public async Task A_replayed_callback_is_refused_because_its_code_is_spent()
    {
        using var host = Host();
        var app = App(host.Sandbox);
        var query = Query(await SandboxConsentBrowser.DecideAsync(host.Consent.ConsentUrl(app, NoInput, Callback, "s1"), approve: true, default));
        await host.Consent.CompleteAsync(app, NoInput, Callback, query, default);

        var e = await Assert.ThrowsAsync<MarketplaceException>(() => host.Consent.CompleteAsync(app, NoInput, Callback, query, default));

        Assert.Equal(MarketplaceFailureKind.AuthorizationRefused, e.Kind);
        Assert.Equal(1, host.Sandbox.GrantCount);
        Assert.Equal(2, host.Sandbox.ExchangeRequestCount);
    }

    [Fact]
    public async Task A_code_exchanged_after_its_lifetime_is_refused()
    {
        var clock = new FakeTimeProvider(Now);
        using var host = Host(clock: clock);
        var app = App(host.Sandbox);
        var query = Query(await SandboxConsentBrowser.DecideAsync(host.Consent.ConsentUrl(app, NoInput, Callback, "s1"), approve: true, default));
        clock.Advance(TimeSpan.FromMinutes(11));

        var e = await Assert.ThrowsAsync<MarketplaceException>(() => host.Consent.CompleteAsync(app, NoInput, Callback, query, default));

        Assert.Equal(MarketplaceFailureKind.AuthorizationRefused, e.Kind);
        Assert.Equal(0, host.Sandbox.GrantCount);
    }

    [Fact]
    public async Task A_declined_consent_comes_back_with_the_state_and_no_code_and_is_refused()
    {
        using var host = Host();
        var app = App(host.Sandbox);

        var query = Query(await SandboxConsentBrowser.DecideAsync(host.Consent.ConsentUrl(app, NoInput, Callback, "s1"), approve: false, default));

        Assert.Equal(["state"], query.Keys);
        await Assert.ThrowsAsync<ConsentRefusedException>(() => host.Consent.CompleteAsync(app, NoInput, Callback, query, default));
        Assert.Equal(0, host.Sandbox.ExchangeRequestCount);
    }

    [Fact]
    public async Task The_consent_page_refuses_a_link_for_another_service()
    {
        using var host = Host();
        var values = new Dictionary<string, string>(App(host.Sandbox).Values) { ["serviceId"] = "7100000000000000002" };

        var e = await Assert.ThrowsAsync<InvalidOperationException>(
            () => SandboxConsentBrowser.DecideAsync(host.Consent.ConsentUrl(App(host.Sandbox) with { Values = values }, NoInput, Callback, "s1"), approve: true, default));

        Assert.Contains("This service does not exist", e.Message, StringComparison.Ordinal);
        Assert.Equal(0, host.Sandbox.ConsentCount);
    }

    [Fact]
    public async Task Of_several_shops_the_one_in_the_region_the_seller_authorized_from_is_connected()
    {
        using var host = Host();
        var app = App(host.Sandbox);
        var query = Query(await SandboxConsentBrowser.DecideAsync(host.Consent.ConsentUrl(app, NoInput, Callback, "s1"), approve: true, default));

        var grant = await host.Consent.CompleteAsync(app, NoInput, Callback, query, default);

        Assert.Equal("GB", query["shop_region"]);
        Assert.Equal(host.Sandbox.Options.ShopId, grant.AccountKey);
    }

    [Fact]
    public async Task The_shop_the_seller_named_by_region_is_connected_with_its_own_cipher()
    {
        using var host = Host();
        var app = App(host.Sandbox);
        var input = JsonSerializer.SerializeToElement(new Dictionary<string, string> { ["shop"] = "fr" });
        var query = Query(await SandboxConsentBrowser.DecideAsync(host.Consent.ConsentUrl(app, input, Callback, "s1"), approve: true, default));

        var grant = await host.Consent.CompleteAsync(app, input, Callback, query, default);

        Assert.Equal("7494000000000000999", grant.AccountKey);
        Assert.Equal("Sandbox other shop", grant.SuggestedName);
        Assert.Equal("ROW_other_cipher", grant.Settings.GetProperty("shopCipher").GetString());
        Assert.Equal("FR", grant.Settings.GetProperty("region").GetString());
    }

    [Fact]
    public async Task Two_shops_in_the_region_the_seller_authorized_from_and_no_choice_are_refused_naming_both()
    {
        using var host = Host(otherShops: [new("7494000000000000998", "Second GB shop", "GB", "ROW_gb2_cipher")]);
        var app = App(host.Sandbox);
        var query = Query(await SandboxConsentBrowser.DecideAsync(host.Consent.ConsentUrl(app, NoInput, Callback, "s1"), approve: true, default));

        var e = await Assert.ThrowsAsync<ConsentRefusedException>(() => host.Consent.CompleteAsync(app, NoInput, Callback, query, default));

        Assert.Contains("7494000000000000998", e.Message, StringComparison.Ordinal);
        Assert.Contains(host.Sandbox.Options.ShopId, e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("TTP_", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_shop_the_seller_named_by_id_is_connected_among_shops_of_one_region()
    {
        using var host = Host(otherShops: [new("7494000000000000998", "Second GB shop", "GB", "ROW_gb2_cipher")]);
        var app = App(host.Sandbox);
        var input = JsonSerializer.SerializeToElement(new Dictionary<string, string> { ["shop"] = "7494000000000000998" });
        var query = Query(await SandboxConsentBrowser.DecideAsync(host.Consent.ConsentUrl(app, input, Callback, "s1"), approve: true, default));

        var grant = await host.Consent.CompleteAsync(app, input, Callback, query, default);

        Assert.Equal("7494000000000000998", grant.AccountKey);
        Assert.Equal("ROW_gb2_cipher", grant.Settings.GetProperty("shopCipher").GetString());
    }

    [Fact]
    public async Task A_named_shop_the_authorization_does_not_cover_is_refused()
    {
        using var host = Host();
        var app = App(host.Sandbox);
        var input = JsonSerializer.SerializeToElement(new Dictionary<string, string> { ["shop"] = "DE" });
        var query = Query(await SandboxConsentBrowser.DecideAsync(host.Consent.ConsentUrl(app, input, Callback, "s1"), approve: true, default));

        var e = await Assert.ThrowsAsync<ConsentRefusedException>(() => host.Consent.CompleteAsync(app, input, Callback, query, default));

        Assert.Contains("does not cover shop DE", e.Message, StringComparison.Ordinal);
    }

    private static ConsentApp App(TikTokShopSandbox sandbox) => new(
        new Dictionary<string, string>
        {
            ["appKey"] = sandbox.Options.AppKey,
            ["appSecret"] = sandbox.Options.AppSecret,
            ["serviceId"] = sandbox.Options.ServiceId,
        },
        sandbox.Url,
        sandbox.Url,
        sandbox.Url);

    private static Dictionary<string, string> Query(Uri callback)
    {
        var parsed = HttpUtility.ParseQueryString(callback.Query);
        return parsed.AllKeys.OfType<string>().ToDictionary(k => k, k => parsed[k] ?? "", StringComparer.Ordinal);
    }

    // An exchange is never sent again after a timeout (the code is single-use), so a cold first call gets more than the host's 1 s.
    private static TikTokShopTestHost Host(FakeTimeProvider? clock = null, IReadOnlyList<TikTokShopSandboxShop>? otherShops = null)
    {
        var options = new TikTokShopSandboxOptions { OrderCount = 5, TimeProvider = clock ?? new FakeTimeProvider(Now), RedirectUrl = Callback };
        var sandbox = TikTokShopSandbox.Start(otherShops is null ? options : options with { OtherShops = otherShops });
        return new TikTokShopTestHost(sandbox, settings: new Dictionary<string, string?> { ["Connectors:TikTokShop:AttemptTimeout"] = "00:00:30" });
    }
}
