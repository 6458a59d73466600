using CrossBorderHub.Connectors.SandboxKit;
using CrossBorderHub.Connectors.TikTokShop;
using CrossBorderHub.Connectors.TikTokShop.Sandbox;
using Microsoft.Extensions.Time.Testing;

namespace CrossBorderHub.Connectors.Tests.TikTokShop;

public sealed class TikTokShopAuthorizationTests
{
    private static readonly DateTimeOffset Now = new(2027, 6, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task An_authorization_code_is_exchanged_for_tokens_with_their_expiry_and_the_seller()
    {
        using var host = Host();
        var options = host.Sandbox.Options;

        var grant = await host.Authorization.ExchangeCodeAsync(options.AppKey, options.AppSecret, host.Sandbox.IssueAuthorizationCode(), host.Sandbox.Url, default);

        Assert.Equal("TTP_sandbox_access.g1", grant.AccessToken);
        Assert.Equal("TTP_sandbox_refresh.g1", grant.RefreshToken);
        Assert.Equal(Now.AddDays(7), grant.AccessTokenExpiresAt);
        Assert.Equal(Now.AddDays(60), grant.RefreshTokenExpiresAt);
        Assert.Equal(TikTokShopSandbox.SellerOpenId, grant.OpenId);
        Assert.Equal(TikTokShopSandbox.SellerName, grant.SellerName);
        Assert.Equal(TikTokShopSandbox.SellerBaseRegion, grant.SellerBaseRegion);
        Assert.Equal(TikTokShopSandbox.GrantedScopes, grant.GrantedScopes);
        Assert.Equal(1, host.Sandbox.GrantCount);
    }

    [Fact]
    public async Task The_credentials_of_a_grant_pull_the_shops_orders_without_a_refresh()
    {
        using var host = Host();
        var options = host.Sandbox.Options;
        var grant = await host.Authorization.ExchangeCodeAsync(options.AppKey, options.AppSecret, host.Sandbox.IssueAuthorizationCode(), host.Sandbox.Url, default);
        var account = host.Account with { Credentials = grant.Credentials(options.AppSecret) };

        var pages = await TikTokShopTestHost.CollectAsync(host.Connector.PullOrdersAsync(account, null, default));

        Assert.Equal(5, pages.Sum(p => p.Items.Count));
        Assert.Equal(0, host.Sandbox.RefreshCount);
        Assert.Equal(0, host.Sandbox.RefusedCount);
        Assert.Equal(Now.AddDays(7).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture), account.Credentials["accessTokenExpiresAt"]);
    }

    [Fact]
    public async Task A_reused_code_is_refused_as_an_authorization_failure_naming_the_exchange()
    {
        using var host = Host();
        var options = host.Sandbox.Options;
        var code = host.Sandbox.IssueAuthorizationCode();
        await host.Authorization.ExchangeCodeAsync(options.AppKey, options.AppSecret, code, host.Sandbox.Url, default);

        var e = await Assert.ThrowsAsync<MarketplaceException>(() => host.Authorization.ExchangeCodeAsync(options.AppKey, options.AppSecret, code, host.Sandbox.Url, default));

        Assert.Equal(MarketplaceFailureKind.AuthorizationRefused, e.Kind);
        Assert.Equal(TikTokShopSandbox.InvalidAuthCodeCode.ToString(System.Globalization.CultureInfo.InvariantCulture), e.Code);
        Assert.Contains("exchanging the authorization code", e.Message, StringComparison.Ordinal);
        Assert.Contains("already used", e.Message, StringComparison.Ordinal);
        Assert.Equal(1, host.Sandbox.GrantCount);
    }

    [Fact]
    public async Task A_code_the_marketplace_never_issued_is_refused()
    {
        using var host = Host();
        var options = host.Sandbox.Options;

        var e = await Assert.ThrowsAsync<MarketplaceException>(() => host.Authorization.ExchangeCodeAsync(options.AppKey, options.AppSecret, "ROW_made_up", host.Sandbox.Url, default));

        Assert.Equal(MarketplaceFailureKind.AuthorizationRefused, e.Kind);
        Assert.Equal(0, host.Sandbox.GrantCount);
    }

    [Fact]
    public async Task A_wrong_app_secret_is_rejected_and_leaves_the_code_usable()
    {
        using var host = Host();
        var options = host.Sandbox.Options;
        var code = host.Sandbox.IssueAuthorizationCode();

        var e = await Assert.ThrowsAsync<MarketplaceException>(() => host.Authorization.ExchangeCodeAsync(options.AppKey, "not_the_secret", code, host.Sandbox.Url, default));
        var grant = await host.Authorization.ExchangeCodeAsync(options.AppKey, options.AppSecret, code, host.Sandbox.Url, default);

        Assert.Equal(MarketplaceFailureKind.Rejected, e.Kind);
        Assert.Equal(TikTokShopSandbox.InvalidSignatureCode.ToString(System.Globalization.CultureInfo.InvariantCulture), e.Code);
        Assert.Contains("Invalid app_key or app_secret", e.Message, StringComparison.Ordinal);
        Assert.Equal("TTP_sandbox_access.g1", grant.AccessToken);
    }

    [Fact]
    public async Task An_exchange_that_met_a_server_error_is_not_sent_again_and_the_code_still_works()
    {
        using var host = Host();
        var options = host.Sandbox.Options;
        var code = host.Sandbox.IssueAuthorizationCode();
        host.Sandbox.Outage.Begin(SandboxFault.ServiceUnavailable);

        var e = await Assert.ThrowsAsync<MarketplaceException>(() => host.Authorization.ExchangeCodeAsync(options.AppKey, options.AppSecret, code, host.Sandbox.Url, default));
        host.Sandbox.Outage.End();
        var grant = await host.Authorization.ExchangeCodeAsync(options.AppKey, options.AppSecret, code, host.Sandbox.Url, default);

        Assert.Equal(MarketplaceFailureKind.Unavailable, e.Kind);
        Assert.Equal(2, host.Sandbox.ExchangeRequestCount);
        Assert.Equal(1, host.Sandbox.GrantCount);
        Assert.Equal("TTP_sandbox_access.g1", grant.AccessToken);
    }

    // An exchange is never sent again after a timeout (the code is single-use), so a cold first call gets more than the host's 1 s.
    private static TikTokShopTestHost Host() =>
        new(Sandbox(), settings: new Dictionary<string, string?> { ["Connectors:TikTokShop:AttemptTimeout"] = "00:00:30" });

    private static TikTokShopSandbox Sandbox() =>
        TikTokShopSandbox.Start(new TikTokShopSandboxOptions { OrderCount = 5, TimeProvider = new FakeTimeProvider(Now) });
}
