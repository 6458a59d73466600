using System.Text.Json;
using CrossBorderHub.Connectors.Shopify;

namespace CrossBorderHub.Connectors.Tests.Shopify;

public sealed class ShopifyStoreAccountTests
{
    private static readonly ShopifyStoreAccount Shopify = ShopifyStoreAccount.Definition;

    private static readonly Dictionary<string, string> Token = new() { ["accessToken"] = "shpat_x" };

    private static JsonElement Json(object value) => JsonSerializer.SerializeToElement(value);

    [Fact]
    public void The_shopify_store_account_is_declared_by_its_two_records()
    {
        Assert.Equal(typeof(ShopifySettings), Shopify.SettingsType);
        Assert.Equal(typeof(ShopifyCredentials), Shopify.CredentialsType);
    }

    [Theory]
    [InlineData("acme.myshopify.com", true)]
    [InlineData("ACME.myshopify.com", true)]
    [InlineData("myshopify.com", false)]
    [InlineData(".myshopify.com", false)]
    [InlineData("https://acme.myshopify.com", false)]
    [InlineData("acme.myshopify.com/admin", false)]
    [InlineData("169.254.169.254", false)]
    [InlineData("localhost", false)]
    [InlineData("acme.myshopify.com.evil.example", false)]
    public void Only_a_myshopify_domain_is_a_shop_domain(string domain, bool valid)
    {
        var errors = Shopify.Validate(Json(new { shopDomain = domain }), Token);

        Assert.Equal(valid, errors.Count == 0);
        Assert.All(errors, e => Assert.Equal("settings.shopDomain", e.Field));
    }

    [Fact]
    public void Unknown_names_and_wrong_types_are_named_by_their_field()
    {
        var errors = Shopify.Validate(Json(new { shopDomain = "acme.myshopify.com", region = "eu" }), Token);
        var wrongType = Shopify.Validate(Json(new { shopDomain = 42 }), Token);

        Assert.Equal("settings.region", Assert.Single(errors).Field);
        Assert.Equal("settings.shopDomain", Assert.Single(wrongType).Field);
    }

    [Fact]
    public void Unchanged_credentials_are_not_checked()
    {
        Assert.Empty(Shopify.Validate(Json(new { shopDomain = "acme.myshopify.com" }), credentials: null));
        Assert.Equal("credentials.accessToken", Assert.Single(Shopify.Validate(Json(new { shopDomain = "acme.myshopify.com" }), new Dictionary<string, string>())).Field);
    }

    [Fact]
    public void The_official_host_is_the_shop_domain_over_https()
    {
        var hosts = Shopify.HostsFor(Json(new { shopDomain = "acme.myshopify.com" }));

        Assert.Equal(new Uri("https://acme.myshopify.com/"), hosts.Api);
        Assert.Null(hosts.Auth);
    }

    [Fact]
    public void A_store_account_reads_its_settings_and_credentials_typed()
    {
        var account = new StoreAccount(Guid.NewGuid(), Guid.NewGuid(), "shopify", "Typed", Json(new { shopDomain = "acme.myshopify.com" }), Token);

        Assert.Equal("acme.myshopify.com", account.SettingsAs<ShopifySettings>().ShopDomain);
        Assert.Equal("shpat_x", account.CredentialsAs<ShopifyCredentials>().AccessToken);
    }
}
