using System.Net;
using System.Text.Json;
using CrossBorderHub.Connectors.Shopify;
using CrossBorderHub.Connectors.Shopify.Consent;
using CrossBorderHub.Connectors.Shopify.Sandbox;
using CrossBorderHub.Connectors.SandboxKit;

namespace CrossBorderHub.Connectors.Tests.Shopify.Consent;

public sealed class ShopifyConsentTests
{
    [Fact]
    public void Consent_url_asks_the_shops_authorize_page_for_an_offline_token_with_app_scopes_callback_and_state()
    {
        using var host = new ShopifyConsentTestHost();
        var app = new ConsentApp(new Dictionary<string, string> { ["clientId"] = "abc123", ["clientSecret"] = "s" });

        var url = host.Consent.ConsentUrl(app, ShopifyConsentTestHost.InputFor("acme.myshopify.com"), ShopifyConsentTestHost.Callback, "st/ate+1");

        Assert.Equal("https", url.Scheme);
        Assert.Equal("acme.myshopify.com", url.Host);
        Assert.Equal("/admin/oauth/authorize", url.AbsolutePath);
        var query = ShopifyConsentTestHost.QueryOf(url);
        Assert.Equal(["client_id", "scope", "redirect_uri", "state"], query.Keys);
        Assert.Equal("abc123", query["client_id"]);
        Assert.Equal(ShopifyScopes.Default, query["scope"].Split(','));
        Assert.Equal("https://hub.example.com/connect/shopify/callback", query["redirect_uri"]);
        Assert.Equal("st/ate+1", query["state"]);
        Assert.DoesNotContain("grant_options", url.Query, StringComparison.Ordinal);
    }

    [Fact]
    public void Consent_url_takes_the_configured_scopes_and_the_consent_host_override_keeping_shopifys_path()
    {
        using var host = new ShopifyConsentTestHost();
        var app = host.AppFor("abc123", "s", "read_orders, write_inventory,read_products,read_locations");

        var url = host.Consent.ConsentUrl(app, host.Input, ShopifyConsentTestHost.Callback, "s1");

        Assert.Equal(host.Sandbox.Url.Authority, url.Authority);
        Assert.Equal("/admin/oauth/authorize", url.AbsolutePath);
        Assert.Equal("read_orders,write_inventory,read_products,read_locations", ShopifyConsentTestHost.QueryOf(url)["scope"]);
    }

    [Fact]
    public async Task Approving_on_the_sandbox_gives_a_store_whose_granted_token_pulls_the_shops_orders()
    {
        using var host = new ShopifyConsentTestHost();

        var callback = await host.DecideAsync(approve: true, state: "hub-state");
        var query = ShopifyConsentTestHost.QueryOf(callback);
        var grant = await host.CompleteAsync(query);

        Assert.Equal(ShopifyConsentTestHost.Callback.GetLeftPart(UriPartial.Path), callback.GetLeftPart(UriPartial.Path));
        Assert.Equal(["code", "host", "shop", "state", "timestamp", "hmac"], query.Keys);
        Assert.Equal("hub-state", query["state"]);
        Assert.Equal("sandbox.myshopify.com", grant.AccountKey);
        Assert.Equal("sandbox.myshopify.com", grant.SuggestedName);
        Assert.Equal("sandbox.myshopify.com", grant.Settings.GetProperty(ShopifyConstants.ShopDomainSetting).GetString());
        Assert.Equal(host.Sandbox.GrantedTokens.Single(), grant.Credentials[ShopifyConstants.AccessTokenCredential]);
        Assert.NotEqual(host.Sandbox.Options.AccessToken, grant.Credentials[ShopifyConstants.AccessTokenCredential]);
        Assert.Equal(host.Sandbox.Url, grant.BaseUrl);
        Assert.Empty(host.Connector.Account.Validate(grant.Settings, grant.Credentials));
        Assert.Equal(grant.AccountKey, host.Connector.Account.AccountKey(grant.Settings));

        var store = ShopifyConsentTestHost.StoreOf(grant);
        var orders = new List<string>();
        await foreach (var page in host.Connector.PullOrdersAsync(store, null, CancellationToken.None))
        {
            orders.AddRange(page.Items.Select(o => o.MarketplaceOrderId));
        }

        Assert.Equal(host.Sandbox.Data.VisibleOrderIds(host.Time.GetUtcNow()).Order(), orders.Order());
        Assert.NotEmpty(orders);
    }

    [Fact]
    public async Task A_token_nobody_granted_is_refused_by_the_sandbox_admin_api()
    {
        using var host = new ShopifyConsentTestHost();
        var grant = await host.CompleteAsync(ShopifyConsentTestHost.QueryOf(await host.DecideAsync(approve: true)));
        var forged = ShopifyConsentTestHost.StoreOf(grant) with
        {
            Credentials = new Dictionary<string, string> { [ShopifyConstants.AccessTokenCredential] = "shpat_forged" },
        };

        var error = await Assert.ThrowsAsync<MarketplaceException>(async () =>
        {
            await foreach (var _ in host.Connector.PullOrdersAsync(forged, null, CancellationToken.None))
            {
            }
        });

        Assert.Equal(MarketplaceFailureKind.AuthorizationRefused, error.Kind);
    }

    [Fact]
    public async Task A_replayed_callback_is_refused_because_shopify_spends_the_code_once()
    {
        using var host = new ShopifyConsentTestHost();
        var query = ShopifyConsentTestHost.QueryOf(await host.DecideAsync(approve: true));
        await host.CompleteAsync(query);

        var error = await Assert.ThrowsAsync<MarketplaceException>(() => host.CompleteAsync(query));

        Assert.Equal(MarketplaceFailureKind.Rejected, error.Kind);
        Assert.Equal("invalid_request", error.Code);
        Assert.Contains("authorization code was not found or was already used", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, host.Sandbox.GrantCount);
        Assert.Equal(2, host.Sandbox.ExchangeRequestCount);
    }

    [Theory]
    [InlineData("state", "another-state")]
    [InlineData("code", "0123456789abcdef0123456789abcdef")]
    [InlineData("host", "ZXZpbC5leGFtcGxl")]
    [InlineData("hmac", "0000000000000000000000000000000000000000000000000000000000000000")]
    public async Task A_tampered_callback_is_refused_before_the_code_is_exchanged(string name, string value)
    {
        using var host = new ShopifyConsentTestHost();
        var query = ShopifyConsentTestHost.QueryOf(await host.DecideAsync(approve: true));
        query[name] = value;

        var error = await Assert.ThrowsAsync<ConsentRefusedException>(() => host.CompleteAsync(query));

        Assert.Contains("hmac", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, host.Sandbox.ExchangeRequestCount);
    }

    [Fact]
    public async Task A_callback_signed_with_another_secret_is_refused()
    {
        using var host = new ShopifyConsentTestHost();
        var query = ShopifyConsentTestHost.QueryOf(await host.DecideAsync(approve: true));

        await Assert.ThrowsAsync<ConsentRefusedException>(() => host.CompleteAsync(query, host.AppFor(host.Sandbox.Options.App.ClientId, "another-secret")));
        Assert.Equal(0, host.Sandbox.ExchangeRequestCount);
    }

    [Fact]
    public async Task A_callback_more_than_90_seconds_old_is_refused()
    {
        using var host = new ShopifyConsentTestHost();
        var query = ShopifyConsentTestHost.QueryOf(await host.DecideAsync(approve: true));
        host.Time.Advance(TimeSpan.FromSeconds(91));

        var error = await Assert.ThrowsAsync<ConsentRefusedException>(() => host.CompleteAsync(query));

        Assert.Contains("90 seconds", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, host.Sandbox.ExchangeRequestCount);
    }

    [Fact]
    public async Task A_callback_stamped_more_than_90_seconds_ahead_of_the_hubs_clock_is_refused()
    {
        using var host = new ShopifyConsentTestHost();
        var query = host.SignedQuery(q => q["timestamp"] = (ShopifyConsentTestHost.Start + TimeSpan.FromSeconds(91)).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture));

        var error = await Assert.ThrowsAsync<ConsentRefusedException>(() => host.CompleteAsync(query));

        Assert.Contains("90 seconds", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("soon")]
    [InlineData("-5")]
    [InlineData("99999999999999999999")]
    public async Task A_signed_callback_without_a_readable_timestamp_is_refused(string timestamp)
    {
        using var host = new ShopifyConsentTestHost();
        var query = host.SignedQuery(q => q["timestamp"] = timestamp);

        var error = await Assert.ThrowsAsync<ConsentRefusedException>(() => host.CompleteAsync(query));

        Assert.Contains("timestamp", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, host.Sandbox.ExchangeRequestCount);
    }

    [Fact]
    public async Task A_callback_90_seconds_old_is_still_accepted()
    {
        using var host = new ShopifyConsentTestHost();
        var query = ShopifyConsentTestHost.QueryOf(await host.DecideAsync(approve: true));
        host.Time.Advance(TimeSpan.FromSeconds(90));

        var grant = await host.CompleteAsync(query);

        Assert.Equal("sandbox.myshopify.com", grant.AccountKey);
    }

    [Fact]
    public async Task A_callback_for_another_shop_than_the_seller_named_is_refused()
    {
        using var host = new ShopifyConsentTestHost();
        var query = ShopifyConsentTestHost.QueryOf(await host.DecideAsync(approve: true));

        var error = await Assert.ThrowsAsync<ConsentRefusedException>(() => host.CompleteAsync(query, input: ShopifyConsentTestHost.InputFor("acme.myshopify.com")));

        Assert.Contains("acme.myshopify.com", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, host.Sandbox.ExchangeRequestCount);
    }

    [Fact]
    public async Task A_signed_callback_without_a_code_is_refused()
    {
        using var host = new ShopifyConsentTestHost();
        var query = host.SignedQuery(q => q.Remove("code"));

        var error = await Assert.ThrowsAsync<ConsentRefusedException>(() => host.CompleteAsync(query));

        Assert.Contains("no authorization code", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, host.Sandbox.ExchangeRequestCount);
    }

    [Fact]
    public async Task A_signed_callback_naming_a_shop_outside_myshopify_com_is_refused()
    {
        using var host = new ShopifyConsentTestHost();
        var query = host.SignedQuery(q => q["shop"] = "evil.example.com");

        var error = await Assert.ThrowsAsync<ConsentRefusedException>(() => host.CompleteAsync(query));

        Assert.Contains("does not name a shop", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fewer_scopes_granted_than_asked_for_are_refused_naming_the_missing_ones()
    {
        using var host = new ShopifyConsentTestHost(o => o with
        {
            App = o.App with { GrantedScopes = ["read_orders", "read_products", "write_inventory", "read_locations"] },
        });
        var query = ShopifyConsentTestHost.QueryOf(await host.DecideAsync(approve: true));

        var error = await Assert.ThrowsAsync<ConsentRefusedException>(() => host.CompleteAsync(query));

        Assert.Contains("write_fulfillments", error.Message, StringComparison.Ordinal);
        Assert.Contains("write_merchant_managed_fulfillment_orders", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("read_inventory", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("shpat_", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_scopes_granted_in_place_of_the_read_scopes_asked_for_are_enough()
    {
        using var host = new ShopifyConsentTestHost(o => o with
        {
            App = o.App with
            {
                GrantedScopes = ["read_orders", "read_products", "read_locations", "write_inventory", "write_fulfillments", "write_merchant_managed_fulfillment_orders"],
            },
        });

        var grant = await host.CompleteAsync(ShopifyConsentTestHost.QueryOf(await host.DecideAsync(approve: true)));

        Assert.Equal("sandbox.myshopify.com", grant.AccountKey);
    }

    [Fact]
    public async Task A_code_exchange_that_fails_is_not_sent_again_as_the_code_may_be_spent()
    {
        using var host = new ShopifyConsentTestHost();
        var query = ShopifyConsentTestHost.QueryOf(await host.DecideAsync(approve: true));
        host.Sandbox.Outage.Begin(SandboxFault.ServiceUnavailable);

        var error = await Assert.ThrowsAsync<MarketplaceException>(() => host.CompleteAsync(query));

        Assert.Equal(MarketplaceFailureKind.Unavailable, error.Kind);
        Assert.Equal(1, host.Sandbox.ExchangeRequestCount);
    }

    [Fact]
    public async Task A_token_endpoint_refusing_the_app_credentials_fails_the_exchange_without_the_secret_in_the_message()
    {
        using var host = new ShopifyConsentTestHost();
        var query = host.SignedQuery(_ => { });

        var error = await Assert.ThrowsAsync<MarketplaceException>(() => host.CompleteAsync(query, host.AppFor("another-client", host.Sandbox.Options.App.ClientSecret)));

        Assert.Equal(MarketplaceFailureKind.AuthorizationRefused, error.Kind);
        Assert.Equal("invalid_client", error.Code);
        Assert.DoesNotContain(host.Sandbox.Options.App.ClientSecret, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Declining_leaves_the_seller_in_the_shop_admin_and_sends_nothing_to_the_app()
    {
        using var host = new ShopifyConsentTestHost();

        var landing = await host.DecideAsync(approve: false);

        Assert.Equal(host.Sandbox.Url.Authority, landing.Authority);
        Assert.Equal(ShopifySandbox.AdminAppsPath, landing.AbsolutePath);
        Assert.Empty(landing.Query);
    }

    [Fact]
    public async Task A_signed_decline_reaching_the_callback_is_refused_as_declined_without_an_exchange()
    {
        using var host = new ShopifyConsentTestHost(o => o with { DeclineRedirectsToApp = true });

        var callback = await host.DecideAsync(approve: false, state: "s9");
        var query = ShopifyConsentTestHost.QueryOf(callback);
        var error = await Assert.ThrowsAsync<ConsentRefusedException>(() => host.CompleteAsync(query));

        Assert.Equal("access_denied", query["error"]);
        Assert.Equal("s9", query["state"]);
        Assert.Contains("declined", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, host.Sandbox.ExchangeRequestCount);
    }

    [Fact]
    public async Task A_revoked_grant_stops_working_and_a_later_consent_gives_a_working_token()
    {
        using var host = new ShopifyConsentTestHost();
        var first = ShopifyConsentTestHost.StoreOf(await host.CompleteAsync(ShopifyConsentTestHost.QueryOf(await host.DecideAsync(approve: true))));
        host.Sandbox.RevokeGrantedTokens();

        var refused = await Assert.ThrowsAsync<MarketplaceException>(() => FirstPageAsync(host, first));
        var second = ShopifyConsentTestHost.StoreOf(await host.CompleteAsync(ShopifyConsentTestHost.QueryOf(await host.DecideAsync(approve: true))));

        Assert.Equal(MarketplaceFailureKind.AuthorizationRefused, refused.Kind);
        Assert.NotEmpty(await FirstPageAsync(host, second));
    }

    private static async Task<IReadOnlyList<CrossBorderHub.Mapping.Canonical.CanonicalOrder>> FirstPageAsync(ShopifyConsentTestHost host, StoreAccount store)
    {
        await foreach (var page in host.Connector.PullOrdersAsync(store, null, CancellationToken.None))
        {
            return page.Items;
        }

        return [];
    }

    [Fact]
    public async Task The_sandbox_consent_page_refuses_an_unknown_client_id()
    {
        using var host = new ShopifyConsentTestHost();
        var url = host.Consent.ConsentUrl(host.AppFor("unknown-client", "s"), host.Input, ShopifyConsentTestHost.Callback, "s1");

        using var http = new HttpClient();
        using var page = await http.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Contains("client_id", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public void App_values_are_checked_by_their_configured_names()
    {
        using var host = new ShopifyConsentTestHost();

        var missing = host.Consent.ValidateApp(new ConsentApp(new Dictionary<string, string>()));
        var blindScopes = host.Consent.ValidateApp(host.AppFor("id", "secret", "write_inventory,read_products"));
        var badScopes = host.Consent.ValidateApp(host.AppFor("id", "secret", "read orders"));

        Assert.Equal(["clientId", "clientSecret"], missing.Select(e => e.Field));
        Assert.Equal("scopes", Assert.Single(blindScopes).Field);
        Assert.Contains("read_orders", blindScopes[0].Message, StringComparison.Ordinal);
        Assert.Contains("read_locations", blindScopes[0].Message, StringComparison.Ordinal);
        Assert.Equal("scopes", Assert.Single(badScopes).Field);
        Assert.Empty(host.Consent.ValidateApp(host.App));
    }

    [Theory]
    [InlineData("{}", "input.shopDomain")]
    [InlineData("{\"shopDomain\":\"https://acme.myshopify.com\"}", "input.shopDomain")]
    [InlineData("{\"shopDomain\":\"acme.example.com\"}", "input.shopDomain")]
    [InlineData("{\"shopDomain\":\"acme.myshopify.com\",\"other\":1}", "input.other")]
    [InlineData("[]", "input")]
    public void Seller_input_is_checked_like_the_store_settings(string json, string field)
    {
        using var host = new ShopifyConsentTestHost();
        using var input = JsonDocument.Parse(json);

        var errors = host.Consent.ValidateInput(input.RootElement);

        Assert.Contains(errors, e => e.Field == field);
    }

    [Fact]
    public void The_seller_names_only_the_shop_domain()
    {
        using var host = new ShopifyConsentTestHost();

        var field = Assert.Single(host.Consent.InputFields);

        Assert.Equal("shopDomain", field.Name);
        Assert.True(field.Required);
        Assert.Empty(host.Consent.ValidateInput(host.Input));
    }
}
