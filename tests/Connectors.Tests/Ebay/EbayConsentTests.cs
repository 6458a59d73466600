using System.Collections.Specialized;
using System.Text.Json;
using System.Web;
using CrossBorderHub.Connectors.Ebay;
using CrossBorderHub.Connectors.Ebay.Sandbox;
using CrossBorderHub.Connectors.SandboxKit;
using CrossBorderHub.Connectors.SandboxKit.Consent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using WireMock;

namespace CrossBorderHub.Connectors.Tests.Ebay;

public sealed class EbayConsentTests
{
    private const string RuName = "Cross_Border_Hu-CrossBor-SBX-hubtest";
    private const string Fulfillment = "https://api.ebay.com/oauth/api_scope/sell.fulfillment";
    private const string Inventory = "https://api.ebay.com/oauth/api_scope/sell.inventory";
    private const string Identity = "https://api.ebay.com/oauth/api_scope/commerce.identity.readonly";

    private static readonly DateTimeOffset Now = new(2027, 6, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly Uri Callback = new("http://127.0.0.1:9/connect/ebay/callback");
    private static readonly Uri Declined = new("http://127.0.0.1:9/connect/ebay/callback?declined=1");
    private static readonly JsonElement Input = JsonDocument.Parse("""{"marketplaceId":"EBAY_DE"}""").RootElement;

    [Fact]
    public void The_production_consent_url_names_the_app_its_RuName_the_default_scopes_and_the_state()
    {
        using var host = new EbayTestHost(TimeProvider.System, null);

        var url = Consent(host).ConsentUrl(App(("environment", "production")), Input, Callback, "st/ate+1");
        var query = HttpUtility.ParseQueryString(url.Query);

        Assert.Equal("https://auth.ebay.com/oauth2/authorize", url.GetLeftPart(UriPartial.Path));
        Assert.Equal("app-id", query["client_id"]);
        Assert.Equal(RuName, query["redirect_uri"]);
        Assert.Equal("code", query["response_type"]);
        Assert.Equal($"{Fulfillment} {Inventory} {Identity}", query["scope"]);
        Assert.Equal("st/ate+1", query["state"]);
        Assert.Contains("scope=https%3A%2F%2Fapi.ebay.com%2Foauth%2Fapi_scope%2Fsell.fulfillment%20", url.AbsoluteUri, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sandbox_app_consents_on_the_sandbox_page_with_its_own_scopes()
    {
        using var host = new EbayTestHost(TimeProvider.System, null);
        var scopes = $"{Fulfillment} {Inventory} {Identity} https://api.ebay.com/oauth/api_scope/sell.finances";

        var url = Consent(host).ConsentUrl(App(("environment", "sandbox"), ("scopes", scopes)), Input, Callback, "s");

        Assert.Equal("https://auth.sandbox.ebay.com/oauth2/authorize", url.GetLeftPart(UriPartial.Path));
        Assert.Equal(scopes, HttpUtility.ParseQueryString(url.Query)["scope"]);
    }

    [Fact]
    public void The_hubs_consent_host_replaces_ebays_and_keeps_the_path()
    {
        using var host = new EbayTestHost(TimeProvider.System, null);

        var url = Consent(host).ConsentUrl(App(new Uri("http://127.0.0.1:4321/"), ("environment", "sandbox")), Input, Callback, "s");

        Assert.Equal("http://127.0.0.1:4321/oauth2/authorize", url.GetLeftPart(UriPartial.Path));
    }

    [Theory]
    [InlineData("ruName", null, "ruName")]
    [InlineData("clientSecret", " ", "clientSecret")]
    [InlineData("environment", "staging", "environment")]
    [InlineData("ruName", "https://hub.example.com/connect/ebay/callback", "ruName")]
    [InlineData("ruName", "CrossBorderHub Consent", "ruName")]
    [InlineData("scopes", "https://api.ebay.com/oauth/api_scope/sell.fulfillment https://api.ebay.com/oauth/api_scope/sell.inventory", "scopes")]
    [InlineData("scopes", "sell.fulfillment sell.inventory commerce.identity.readonly", "scopes")]
    [InlineData("runame2", "x", "runame2")]
    public void An_app_value_that_cannot_work_is_named(string name, string? value, string field)
    {
        using var host = new EbayTestHost(TimeProvider.System, null);
        var values = App().Values.ToDictionary();
        if (value is null)
        {
            values.Remove(name);
        }
        else
        {
            values[name] = value;
        }

        var errors = Consent(host).ValidateApp(new ConsentApp(values));

        Assert.Contains(errors, e => e.Field == field);
    }

    [Fact]
    public void A_complete_app_is_valid_whatever_the_case_of_its_value_names()
    {
        using var host = new EbayTestHost(TimeProvider.System, null);
        var values = new Dictionary<string, string> { ["ClientId"] = "app-id", ["clientSecret"] = "cert-id", ["RuName"] = RuName };

        Assert.Empty(Consent(host).ValidateApp(new ConsentApp(values)));
    }

    [Theory]
    [InlineData("""{"marketplaceId":"EBAY_XX"}""", "input.marketplaceId")]
    [InlineData("""{}""", "input.marketplaceId")]
    [InlineData("""{"marketplaceId":"EBAY_US","shop":"x"}""", "input.shop")]
    [InlineData("""[]""", "input")]
    public void Seller_input_is_validated_as_the_store_settings_are(string input, string field)
    {
        using var host = new EbayTestHost(TimeProvider.System, null);

        var errors = Consent(host).ValidateInput(JsonDocument.Parse(input).RootElement);

        Assert.Contains(errors, e => e.Field == field);
        Assert.Empty(Consent(host).ValidateInput(Input));
    }

    [Fact]
    public async Task A_callback_without_a_code_is_refused_and_nothing_is_exchanged()
    {
        var time = new FakeTimeProvider(Now);
        using var sandbox = Sandbox(time);
        using var host = new EbayTestHost(time, null);

        await Assert.ThrowsAsync<ConsentRefusedException>(() =>
            Consent(host).CompleteAsync(SandboxApp(sandbox), Input, Callback, new Dictionary<string, string> { ["state"] = "s" }, CancellationToken.None));

        Assert.Equal(0, sandbox.CodesExchanged);
    }

    [Fact]
    public async Task A_seller_who_declines_comes_back_to_the_declined_url_without_a_code_and_is_refused()
    {
        var time = new FakeTimeProvider(Now);
        using var sandbox = Sandbox(time);
        using var host = new EbayTestHost(time, null);
        var app = SandboxApp(sandbox);

        var back = await SandboxConsentBrowser.DecideAsync(Consent(host).ConsentUrl(app, Input, Callback, "state-1"), approve: false, CancellationToken.None);
        var query = HttpUtility.ParseQueryString(back.Query);

        Assert.Equal(Declined.GetLeftPart(UriPartial.Path), back.GetLeftPart(UriPartial.Path));
        Assert.Null(query["code"]);
        Assert.Equal("state-1", query["state"]);
        await Assert.ThrowsAsync<ConsentRefusedException>(() => Consent(host).CompleteAsync(app, Input, Callback, Dict(query), CancellationToken.None));
    }

    [Fact]
    public async Task An_approved_consent_gives_a_store_keyed_by_the_sellers_user_id_whose_refresh_token_pulls_orders()
    {
        var time = new FakeTimeProvider(Now);
        using var sandbox = Sandbox(time);
        using var host = new EbayTestHost(time, null);
        var app = SandboxApp(sandbox);

        var back = await SandboxConsentBrowser.DecideAsync(Consent(host).ConsentUrl(app, Input, Callback, "state-2"), approve: true, CancellationToken.None);
        var query = HttpUtility.ParseQueryString(back.Query);
        var grant = await Consent(host).CompleteAsync(app, Input, Callback, Dict(query), CancellationToken.None);

        // eBay's code travels URL-encoded (v%5E1.1%23…), with its lifetime.
        Assert.Equal(Callback.GetLeftPart(UriPartial.Path), back.GetLeftPart(UriPartial.Path));
        Assert.Contains("code=v%5E1.1%23", back.OriginalString, StringComparison.Ordinal);
        Assert.Equal("299", query["expires_in"]);
        Assert.Equal("state-2", query["state"]);

        Assert.Equal(sandbox.Options.UserId, grant.AccountKey);
        Assert.Equal(sandbox.Options.Username, grant.SuggestedName);
        Assert.Equal("EBAY_DE", grant.Settings.GetProperty("marketplaceId").GetString());
        Assert.Equal("sandbox", grant.Settings.GetProperty("environment").GetString());
        Assert.Equal(sandbox.Options.UserId, grant.Settings.GetProperty("userId").GetString());
        Assert.Equal(sandbox.Options.UserId, host.Connector.Account.AccountKey(grant.Settings));
        Assert.NotEqual(sandbox.Options.RefreshToken, grant.Credentials["refreshToken"]);
        Assert.Equal("app-id", grant.Credentials["clientId"]);
        Assert.Equal(sandbox.Url, grant.BaseUrl);
        Assert.Empty(host.Connector.Account.Validate(grant.Settings, grant.Credentials));
        Assert.Equal(1, sandbox.CodesExchanged);

        var account = new StoreAccount(Guid.NewGuid(), Guid.NewGuid(), EbayConstants.Marketplace, grant.SuggestedName, grant.Settings, grant.Credentials, grant.BaseUrl, grant.AuthUrl);
        var orders = 0;
        await foreach (var page in host.Connector.PullOrdersAsync(account, null, CancellationToken.None))
        {
            orders += page.Items.Count;
        }

        Assert.Equal(5, orders);
    }

    [Fact]
    public async Task A_replayed_code_is_refused_with_invalid_grant()
    {
        var time = new FakeTimeProvider(Now);
        using var sandbox = Sandbox(time);
        using var host = new EbayTestHost(time, null);
        var app = SandboxApp(sandbox);
        var back = await SandboxConsentBrowser.DecideAsync(Consent(host).ConsentUrl(app, Input, Callback, "s"), approve: true, CancellationToken.None);
        var query = Dict(HttpUtility.ParseQueryString(back.Query));
        await Consent(host).CompleteAsync(app, Input, Callback, query, CancellationToken.None);

        var error = await Assert.ThrowsAsync<MarketplaceException>(() => Consent(host).CompleteAsync(app, Input, Callback, query, CancellationToken.None));

        Assert.Equal("invalid_grant", error.Code);
        Assert.Equal(MarketplaceFailureKind.AuthorizationRefused, error.Kind);
        Assert.Equal(1, sandbox.CodesExchanged);
    }

    [Fact]
    public async Task A_code_older_than_its_299_seconds_is_refused()
    {
        var time = new FakeTimeProvider(Now);
        using var sandbox = Sandbox(time);
        using var host = new EbayTestHost(time, null);
        var app = SandboxApp(sandbox);
        var back = await SandboxConsentBrowser.DecideAsync(Consent(host).ConsentUrl(app, Input, Callback, "s"), approve: true, CancellationToken.None);

        time.Advance(TimeSpan.FromSeconds(300));
        var error = await Assert.ThrowsAsync<MarketplaceException>(() =>
            Consent(host).CompleteAsync(app, Input, Callback, Dict(HttpUtility.ParseQueryString(back.Query)), CancellationToken.None));

        Assert.Equal("invalid_grant", error.Code);
        Assert.Equal(0, sandbox.CodesExchanged);
    }

    [Fact]
    public async Task A_code_exchange_that_fails_with_a_server_error_is_not_retried()
    {
        var calls = 0;
        using var ebay = SandboxHost.Start().Map("POST", EbayConstants.TokenPath, _ =>
        {
            Interlocked.Increment(ref calls);
            return Task.FromResult<IResponseMessage>(SandboxResponses.Json(System.Net.HttpStatusCode.ServiceUnavailable, "{}"));
        });
        using var host = new EbayTestHost(TimeProvider.System, null);
        var app = App(ebay.Url, ("environment", "sandbox"));

        var error = await Assert.ThrowsAsync<MarketplaceException>(() =>
            Consent(host).CompleteAsync(app, Input, Callback, new Dictionary<string, string> { ["code"] = "v^1.1#i^1#t^abc", ["state"] = "s" }, CancellationToken.None));

        Assert.Equal(MarketplaceFailureKind.Unavailable, error.Kind);
        Assert.Equal(1, Volatile.Read(ref calls));
    }

    [Fact]
    public async Task A_consent_without_the_identity_scope_cannot_name_the_seller()
    {
        var time = new FakeTimeProvider(Now);
        using var sandbox = Sandbox(time);
        using var host = new EbayTestHost(time, null);
        var app = SandboxApp(sandbox);
        var consentUrl = Consent(host).ConsentUrl(app, Input, Callback, "s").AbsoluteUri.Replace("%20https%3A%2F%2Fapi.ebay.com%2Foauth%2Fapi_scope%2Fcommerce.identity.readonly", "", StringComparison.Ordinal);
        var back = await SandboxConsentBrowser.DecideAsync(new Uri(consentUrl), approve: true, CancellationToken.None);

        var error = await Assert.ThrowsAsync<MarketplaceException>(() =>
            Consent(host).CompleteAsync(app, Input, Callback, Dict(HttpUtility.ParseQueryString(back.Query)), CancellationToken.None));

        Assert.Equal(MarketplaceFailureKind.AuthorizationRefused, error.Kind);
    }

    private static IMarketplaceConsent Consent(EbayTestHost host) =>
        host.Services.GetServices<IMarketplaceConsent>().Single(c => c.Marketplace == EbayConstants.Marketplace);

    private static ConsentApp App(params (string Name, string Value)[] values) => App(null, values);

    private static ConsentApp App(Uri? hosts, params (string Name, string Value)[] values)
    {
        var all = new Dictionary<string, string> { ["clientId"] = "app-id", ["clientSecret"] = "cert-id", ["ruName"] = RuName };
        foreach (var (name, value) in values)
        {
            all[name] = value;
        }

        return new ConsentApp(all, hosts, hosts, hosts);
    }

    private static ConsentApp SandboxApp(EbaySandbox sandbox) => App(sandbox.Url, ("environment", "sandbox"));

    private static EbaySandbox Sandbox(TimeProvider time) =>
        EbaySandbox.Start(new EbaySandboxOptions
        {
            Seed = 11,
            OrderCount = 5,
            MarketplaceId = "EBAY_DE",
            ClientId = "app-id",
            ClientSecret = "cert-id",
            TimeProvider = time,
            OrdersStartAt = Now.AddMinutes(-30),
            RateLimit = SandboxRateLimit.Off,
            RuNames = new Dictionary<string, EbaySandboxRuName> { [RuName] = new(Callback, Declined) },
        });

    private static Dictionary<string, string> Dict(NameValueCollection query) =>
        query.AllKeys.Where(k => k is not null).ToDictionary(k => k!, k => query[k]!, StringComparer.Ordinal);
}
