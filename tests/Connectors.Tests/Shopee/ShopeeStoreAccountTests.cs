using System.Text.Json;
using CrossBorderHub.Connectors.Shopee;

namespace CrossBorderHub.Connectors.Tests.Shopee;

public sealed class ShopeeStoreAccountTests
{
    private static readonly ShopeeStoreAccount Shopee = ShopeeStoreAccount.Definition;

    private static readonly Dictionary<string, string> Credentials = new()
    {
        ["partnerKey"] = "key",
        ["accessToken"] = "access",
        ["refreshToken"] = "refresh",
    };

    private static JsonElement Json(object value) => JsonSerializer.SerializeToElement(value);

    [Theory]
    [InlineData(null, "https://partner.shopeemobile.com/")]
    [InlineData("global", "https://partner.shopeemobile.com/")]
    [InlineData("cn", "https://openplatform.shopee.cn/")]
    [InlineData("sandbox", "https://openplatform.sandbox.test-stable.shopee.sg/")]
    public void Each_platform_leads_to_its_official_host(string? host, string api)
    {
        var settings = Json(new { partnerId = 847892, shopId = 123456, host });

        Assert.Empty(Shopee.Validate(settings, Credentials));
        Assert.Equal(new Uri(api), Shopee.HostsFor(settings).Api);
    }

    [Fact]
    public void An_unknown_platform_is_refused_by_its_field()
    {
        var errors = Shopee.Validate(Json(new { partnerId = 1, shopId = 2, host = "evil.example" }), Credentials);

        Assert.Equal("settings.host", Assert.Single(errors).Field);
    }

    [Fact]
    public void Partner_and_shop_ids_are_required()
    {
        var errors = Shopee.Validate(Json(new { host = "global" }), Credentials);

        Assert.Equal(["settings.partnerId", "settings.shopId"], errors.Select(e => e.Field).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void All_three_credentials_are_required()
    {
        var errors = Shopee.Validate(Json(new { partnerId = 1, shopId = 2 }), new Dictionary<string, string> { ["partnerKey"] = "key", ["accessToken"] = " " });

        Assert.Contains(errors, e => e.Field == "credentials.refreshToken");
        Assert.Contains(errors, e => e.Field == "credentials.accessToken");
        Assert.DoesNotContain(errors, e => e.Field == "credentials.partnerKey");
    }

    [Fact]
    public void Stored_settings_that_are_not_shopee_s_are_rejected_before_any_call()
    {
        var account = new StoreAccount(Guid.NewGuid(), Guid.NewGuid(), "shopee", "s", Json(new { shopDomain = "acme.myshopify.com" }), Credentials);

        var e = Assert.Throws<MarketplaceException>(() => ShopeeStoreAccount.Read(account));

        Assert.Equal(MarketplaceFailureKind.Rejected, e.Kind);
    }
}
