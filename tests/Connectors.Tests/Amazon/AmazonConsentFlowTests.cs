using System.Net;
using System.Text.Json;
using CrossBorderHub.Connectors.Amazon;
using CrossBorderHub.Connectors.Amazon.Sandbox;
using CrossBorderHub.Connectors.SandboxKit;
using CrossBorderHub.Connectors.SandboxKit.Consent;
using CrossBorderHub.Connectors.Tests.Shopify;
using Microsoft.Extensions.Time.Testing;

namespace CrossBorderHub.Connectors.Tests.Amazon;

public sealed class AmazonConsentFlowTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task An_approved_consent_becomes_a_store_whose_refresh_token_pulls_the_sellers_orders()
    {
        using var sandbox = Sandbox();
        using var host = new AmazonConsentHost(sandbox, _time);
        var input = AmazonConsentHost.Input("na", sandbox.Options.MarketplaceId);

        var query = await host.ApproveAsync(input, "hub-state");
        var grant = await host.CompleteAsync(input, query);

        Assert.Equal("hub-state", query["state"]);
        Assert.Equal(sandbox.Options.SellingPartnerId, query["selling_partner_id"]);
        Assert.Equal(sandbox.Options.MwsAuthToken, query["mws_auth_token"]);
        Assert.Equal(sandbox.Options.SellingPartnerId, grant.AccountKey);
        Assert.Equal($"Amazon US ({sandbox.Options.SellingPartnerId})", grant.SuggestedName);
        Assert.Equal("na", grant.Settings.GetProperty("region").GetString());
        Assert.Equal([sandbox.Options.MarketplaceId], grant.Settings.GetProperty("marketplaceIds").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(sandbox.Options.SellingPartnerId, grant.Settings.GetProperty("sellerId").GetString());
        Assert.Equal(sandbox.Options.ClientId, grant.Credentials["clientId"]);
        Assert.Equal(sandbox.Options.ClientSecret, grant.Credentials["clientSecret"]);
        Assert.StartsWith("Atzr|", grant.Credentials["refreshToken"], StringComparison.Ordinal);
        Assert.NotEqual(sandbox.Options.RefreshToken, grant.Credentials["refreshToken"]);
        Assert.Equal(sandbox.Url, grant.BaseUrl);
        Assert.Equal(sandbox.Url, grant.AuthUrl);

        var store = AmazonConsentHost.StoreOf(grant);
        Assert.Empty(host.Connector.Account.Validate(store.Settings, store.Credentials));
        Assert.Equal(grant.AccountKey, host.Connector.Account.AccountKey(store.Settings));
        Assert.Equal(20, await PullAsync(host, store));
        Assert.Equal(1, sandbox.CodeExchanges);
    }

    [Fact]
    public async Task After_the_seller_revokes_the_app_only_a_new_consents_refresh_token_works()
    {
        using var sandbox = Sandbox();
        using var host = new AmazonConsentHost(sandbox, _time);
        var input = AmazonConsentHost.Input("na", sandbox.Options.MarketplaceId);
        var revoked = AmazonConsentHost.StoreOf(await host.CompleteAsync(input, await host.ApproveAsync(input)));

        sandbox.RevokeIssuedCredentials();
        var refused = await Assert.ThrowsAsync<MarketplaceException>(() => PullAsync(host, revoked));
        var renewed = AmazonConsentHost.StoreOf(await host.CompleteAsync(input, await host.ApproveAsync(input)));

        Assert.Equal(MarketplaceFailureKind.AuthorizationRefused, refused.Kind);
        Assert.Equal("invalid_grant", refused.Code);
        Assert.Equal(20, await PullAsync(host, renewed));
    }

    [Theory]
    [InlineData("state")]
    [InlineData("selling_partner_id")]
    [InlineData("spapi_oauth_code")]
    public async Task A_callback_without_a_value_Amazon_always_sends_is_refused_and_nothing_is_exchanged(string missing)
    {
        using var sandbox = Sandbox();
        using var host = new AmazonConsentHost(sandbox, _time);
        var input = AmazonConsentHost.Input("na", sandbox.Options.MarketplaceId);
        var query = await host.ApproveAsync(input);

        query.Remove(missing);
        var error = await Assert.ThrowsAsync<ConsentRefusedException>(() => host.CompleteAsync(input, query));

        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
        Assert.Equal(0, sandbox.CodeExchanges);
    }

    [Fact]
    public async Task An_app_that_is_not_hybrid_gets_no_mws_auth_token_and_still_completes()
    {
        using var sandbox = Sandbox(o => o with { MwsAuthToken = null });
        using var host = new AmazonConsentHost(sandbox, _time);
        var input = AmazonConsentHost.Input("na", sandbox.Options.MarketplaceId);

        var query = await host.ApproveAsync(input);
        var grant = await host.CompleteAsync(input, query);

        Assert.False(query.ContainsKey("mws_auth_token"));
        Assert.Equal(sandbox.Options.SellingPartnerId, grant.AccountKey);
    }

    [Fact]
    public async Task A_replayed_authorization_code_is_refused_with_invalid_grant()
    {
        using var sandbox = Sandbox();
        using var host = new AmazonConsentHost(sandbox, _time);
        var input = AmazonConsentHost.Input("na", sandbox.Options.MarketplaceId);
        var query = await host.ApproveAsync(input);
        await host.CompleteAsync(input, query);

        var error = await Assert.ThrowsAsync<MarketplaceException>(() => host.CompleteAsync(input, query));

        Assert.Equal(MarketplaceFailureKind.AuthorizationRefused, error.Kind);
        Assert.Equal("invalid_grant", error.Code);
        Assert.Equal(1, sandbox.CodeExchanges);
    }

    [Fact]
    public async Task An_authorization_code_older_than_five_minutes_is_refused_and_a_fresh_one_is_not()
    {
        using var sandbox = Sandbox();
        using var host = new AmazonConsentHost(sandbox, _time);
        var input = AmazonConsentHost.Input("na", sandbox.Options.MarketplaceId);

        var late = await host.ApproveAsync(input);
        _time.Advance(TimeSpan.FromMinutes(5));
        var error = await Assert.ThrowsAsync<MarketplaceException>(() => host.CompleteAsync(input, late));

        var fresh = await host.ApproveAsync(input);
        _time.Advance(TimeSpan.FromMinutes(4) + TimeSpan.FromSeconds(59));
        var grant = await host.CompleteAsync(input, fresh);

        Assert.Equal("invalid_grant", error.Code);
        Assert.Equal(sandbox.Options.SellingPartnerId, grant.AccountKey);
    }

    [Fact]
    public async Task A_wrong_client_secret_is_refused_the_way_Login_with_Amazon_refuses_it()
    {
        using var sandbox = Sandbox();
        using var host = new AmazonConsentHost(sandbox, _time, clientSecret: "amzn1.oa2-cs.v1.wrong");
        var input = AmazonConsentHost.Input("na", sandbox.Options.MarketplaceId);
        var query = await host.ApproveAsync(input);

        var error = await Assert.ThrowsAsync<MarketplaceException>(() => host.CompleteAsync(input, query));

        Assert.Equal(MarketplaceFailureKind.AuthorizationRefused, error.Kind);
        Assert.Equal("invalid_client", error.Code);
        Assert.DoesNotContain("wrong", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, sandbox.CodeExchanges);
    }

    [Fact]
    public async Task A_code_exchanged_with_another_redirect_uri_than_it_was_sent_to_is_refused()
    {
        using var sandbox = Sandbox();
        using var host = new AmazonConsentHost(sandbox, _time);
        var input = AmazonConsentHost.Input("na", sandbox.Options.MarketplaceId);
        var query = await host.ApproveAsync(input);

        var error = await Assert.ThrowsAsync<MarketplaceException>(() =>
            host.Consent.CompleteAsync(host.App, input, new Uri("http://127.0.0.1:5080/elsewhere"), query, CancellationToken.None));

        Assert.Equal("invalid_grant", error.Code);
    }

    [Fact]
    public async Task Cancel_on_Seller_Central_does_not_call_the_app_back()
    {
        using var sandbox = Sandbox();
        using var host = new AmazonConsentHost(sandbox, _time);
        var url = host.Consent.ConsentUrl(host.App, AmazonConsentHost.Input("na", sandbox.Options.MarketplaceId), AmazonConsentHost.Callback, "s");

        await Assert.ThrowsAsync<InvalidOperationException>(() => SandboxConsentBrowser.DecideAsync(url, approve: false, CancellationToken.None));
    }

    [Fact]
    public async Task Seller_Central_refuses_an_unknown_application_and_a_draft_app_without_version_beta()
    {
        using var draft = Sandbox(o => o with { DraftApplication = true });
        using var host = new AmazonConsentHost(draft, _time);
        var input = AmazonConsentHost.Input("na", draft.Options.MarketplaceId);
        using var http = new HttpClient();

        using var published = await http.GetAsync(host.Consent.ConsentUrl(host.App, input, AmazonConsentHost.Callback, "s"));
        var betaApp = host.App with { Values = new Dictionary<string, string>(host.App.Values) { ["draft"] = "true" } };
        using var beta = await http.GetAsync(host.Consent.ConsentUrl(betaApp, input, AmazonConsentHost.Callback, "s"));
        var otherApp = host.App with { Values = new Dictionary<string, string>(host.App.Values) { ["applicationId"] = "amzn1.sp.solution.other", ["draft"] = "true" } };
        using var unknown = await http.GetAsync(host.Consent.ConsentUrl(otherApp, input, AmazonConsentHost.Callback, "s"));

        Assert.Equal(HttpStatusCode.BadRequest, published.StatusCode);
        Assert.Equal(HttpStatusCode.OK, beta.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
    }

    [Fact]
    public async Task Seller_Central_sends_the_seller_only_to_a_registered_redirect_uri()
    {
        using var sandbox = Sandbox(o => o with { RedirectUris = [AmazonConsentHost.Callback] });
        using var host = new AmazonConsentHost(sandbox, _time);
        var input = AmazonConsentHost.Input("na", sandbox.Options.MarketplaceId);

        var registered = await host.ApproveAsync(input);
        var other = host.Consent.ConsentUrl(host.App, input, new Uri("http://127.0.0.1:5080/other"), "s");

        Assert.Contains("spapi_oauth_code", registered.Keys);
        await Assert.ThrowsAsync<InvalidOperationException>(() => SandboxConsentBrowser.DecideAsync(other, approve: true, CancellationToken.None));
    }

    private async Task<int> PullAsync(AmazonConsentHost host, StoreAccount store) =>
        (await ShopifyTestHost.PumpAsync(_time, () => ShopifyTestHost.CollectAsync(host.Connector.PullOrdersAsync(store, null, CancellationToken.None)))).Sum(p => p.Items.Count);

    private AmazonSandbox Sandbox(Func<AmazonSandboxOptions, AmazonSandboxOptions>? change = null)
    {
        var options = new AmazonSandboxOptions
        {
            Seed = 5,
            OrderCount = 20,
            TimeProvider = _time,
            OrdersStartAt = _time.GetUtcNow() - TimeSpan.FromDays(1),
            SearchOrdersPlan = SandboxRateLimit.Off,
        };
        return AmazonSandbox.Start(change is null ? options : change(options));
    }
}
