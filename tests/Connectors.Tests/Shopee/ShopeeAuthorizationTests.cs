using System.Net;
using System.Web;
using CrossBorderHub.Connectors.SandboxKit.Consent;
using CrossBorderHub.Connectors.Shopee;
using CrossBorderHub.Connectors.Shopee.Http;

namespace CrossBorderHub.Connectors.Tests.Shopee;

/// <summary>
/// The authorization link and the code exchange. The expected signs were computed apart from this code with Python's
/// hmac module (key = the partner key's UTF-8 bytes, SHA-256, lowercase hex) over partner_id + path + timestamp.
/// </summary>
public sealed class ShopeeAuthorizationTests
{
    private const string DemoPartnerKey = "57615053704d6470644f554a78656d50484143644964436a5568777544524579";

    [Fact]
    public void The_authorization_link_carries_partner_id_timestamp_the_public_sign_and_the_escaped_redirect()
    {
        var link = ShopeeAuthLink.Build(new Uri("https://partner.shopeemobile.com"), 847892, DemoPartnerKey, new Uri("https://erp.example.com/shopee/callback?store=7"), 1655714431);

        Assert.Equal(
            "https://partner.shopeemobile.com/api/v2/shop/auth_partner?partner_id=847892&timestamp=1655714431"
            + "&sign=ec7539db4814c81ea28c8ef7824149f4e80c229ffd47e629bd3ebcafbd8f8f03"
            + "&redirect=https%3A%2F%2Ferp.example.com%2Fshopee%2Fcallback%3Fstore%3D7",
            link.AbsoluteUri);
    }

    [Fact]
    public void The_code_exchange_is_signed_as_a_public_call_without_access_token_or_shop_id()
    {
        var store = new ShopeeRequestContext("p", new Uri("http://127.0.0.1:5000"), 847892, DemoPartnerKey, null, null, ShopeeConstants.Paths.GetAccessToken);

        var uri = ShopeeSigningHandler.Signed(new Uri("https://shopee.invalid/api/v2/auth/token/get"), store, 1655714431);

        Assert.Equal("?partner_id=847892&timestamp=1655714431&sign=a8789a9ec1cd91efa654f4e96be145ddf66162293f9d114a28ce1b0894a775e7", uri.Query);
    }

    [Fact]
    public async Task A_seller_follows_the_link_and_the_code_it_returns_is_exchanged_once_for_tokens_the_shop_accepts()
    {
        using var host = new ShopeeTestHost(ShopeeTestHost.StartSandbox(orders: 3, days: 1));
        var partner = new ShopeePartner(host.Sandbox.Options.PartnerId, host.Sandbox.Options.PartnerKey, "sandbox", host.Sandbox.Url);

        var back = await SandboxConsentBrowser.DecideAsync(host.Authorization.AuthorizationLink(partner, new Uri("http://127.0.0.1:9/shopee/callback")), approve: true, CancellationToken.None);
        var query = HttpUtility.ParseQueryString(back.Query);
        var tokens = await host.Authorization.ExchangeCodeAsync(partner, query["code"]!, long.Parse(query["shop_id"]!, System.Globalization.CultureInfo.InvariantCulture), CancellationToken.None);
        var again = await Assert.ThrowsAsync<MarketplaceException>(() => host.Authorization.ExchangeCodeAsync(partner, query["code"]!, host.Sandbox.Options.ShopId, CancellationToken.None));

        Assert.Equal("/shopee/callback", back.AbsolutePath);
        Assert.Equal(host.Sandbox.Options.ShopId, tokens.ShopId);
        Assert.Equal(host.Sandbox.Tokens, (tokens.AccessToken, tokens.RefreshToken));
        Assert.Equal(TimeSpan.FromHours(4), tokens.ExpiresIn);
        Assert.Equal(MarketplaceFailureKind.Rejected, again.Kind);
        Assert.Equal("invalid_code", again.Code);
    }

    [Fact]
    public async Task A_link_or_an_exchange_signed_with_the_wrong_partner_key_is_refused_as_error_sign()
    {
        using var host = new ShopeeTestHost(ShopeeTestHost.StartSandbox(orders: 3, days: 1));
        var partner = new ShopeePartner(host.Sandbox.Options.PartnerId, "not-the-key", BaseUrl: host.Sandbox.Url);
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });

        using var consent = await browser.GetAsync(host.Authorization.AuthorizationLink(partner, new Uri("http://127.0.0.1:9/cb")));
        var e = await Assert.ThrowsAsync<MarketplaceException>(() => host.Authorization.ExchangeCodeAsync(partner, host.Sandbox.IssueAuthorizationCode(), host.Sandbox.Options.ShopId, CancellationToken.None));

        Assert.Equal(HttpStatusCode.Forbidden, consent.StatusCode);
        Assert.Contains("error_sign", await consent.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(MarketplaceFailureKind.AuthorizationRefused, e.Kind);
        Assert.Equal("error_sign", e.Code);
    }

    [Fact]
    public void A_partner_on_an_unknown_platform_gets_no_link()
    {
        using var host = new ShopeeTestHost(ShopeeTestHost.StartSandbox(orders: 1, days: 1));

        Assert.Throws<ArgumentException>(() => host.Authorization.AuthorizationLink(new ShopeePartner(1, "k", "mars"), new Uri("https://erp.example.com/cb")));
        Assert.StartsWith("https://openplatform.shopee.cn/api/v2/shop/auth_partner?", host.Authorization.AuthorizationLink(new ShopeePartner(1, "k", "cn"), new Uri("https://erp.example.com/cb")).AbsoluteUri, StringComparison.Ordinal);
    }
}
