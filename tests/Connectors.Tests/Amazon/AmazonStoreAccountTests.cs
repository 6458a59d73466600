using System.Text.Json;
using CrossBorderHub.Connectors.Amazon;

namespace CrossBorderHub.Connectors.Tests.Amazon;

public sealed class AmazonStoreAccountTests
{
    private static readonly Dictionary<string, string> Credentials = new() { ["clientId"] = "c", ["clientSecret"] = "s", ["refreshToken"] = "Atzr|r" };

    [Fact]
    public void A_valid_account_leads_to_its_regions_host_and_the_LWA_host()
    {
        var settings = Settings("""{"region":"eu","marketplaceIds":["A1PA6795UKMFR9"],"sellerId":"A2SELLER"}""");

        Assert.Empty(AmazonStoreAccount.Definition.Validate(settings, Credentials));
        var hosts = AmazonStoreAccount.Definition.HostsFor(settings);
        Assert.Equal(new Uri("https://sellingpartnerapi-eu.amazon.com"), hosts.Api);
        Assert.Equal(new Uri("https://api.amazon.com"), hosts.Auth);
    }

    [Theory]
    [InlineData("na", null, "https://sellingpartnerapi-na.amazon.com")]
    [InlineData("eu", "production", "https://sellingpartnerapi-eu.amazon.com")]
    [InlineData("na", "sandbox", "https://sandbox.sellingpartnerapi-na.amazon.com")]
    [InlineData("eu", "sandbox", "https://sandbox.sellingpartnerapi-eu.amazon.com")]
    [InlineData("fe", "sandbox", "https://sandbox.sellingpartnerapi-fe.amazon.com")]
    public void The_environment_picks_the_regions_production_or_sandbox_host(string region, string? environment, string expected)
    {
        var environmentField = environment is null ? "" : $",\"environment\":\"{environment}\"";
        var settings = Settings($$"""{"region":"{{region}}","marketplaceIds":["ATVPDKIKX0DER"],"sellerId":"A2SELLER"{{environmentField}}}""");

        Assert.Empty(AmazonStoreAccount.Definition.Validate(settings, Credentials));
        Assert.Equal(new Uri(expected), AmazonStoreAccount.Definition.HostsFor(settings).Api);
        Assert.Equal(new Uri("https://api.amazon.com"), AmazonStoreAccount.Definition.HostsFor(settings).Auth);
    }

    [Fact]
    public void Marketplace_ids_entered_as_text_are_read_as_an_array()
    {
        var settings = Settings("""{"region":"na","marketplaceIds":"ATVPDKIKX0DER, A2EUQ1WTGCTBG2","sellerId":"A2SELLER"}""");

        Assert.Empty(AmazonStoreAccount.Definition.Validate(settings, Credentials));
        Assert.Equal(
            """["ATVPDKIKX0DER","A2EUQ1WTGCTBG2"]""",
            AmazonStoreAccount.Definition.Normalize(settings).GetProperty("marketplaceIds").GetRawText());
    }

    [Theory]
    [InlineData("""{"region":"us","marketplaceIds":["ATVPDKIKX0DER"],"sellerId":"A"}""", "settings.region")]
    [InlineData("""{"region":"na","marketplaceIds":[],"sellerId":"A"}""", "settings.marketplaceIds")]
    [InlineData("""{"region":"na","marketplaceIds":["ATVPDKIKX0DER"],"sellerId":"A","ordersApi":"2021-01-01"}""", "settings.ordersApi")]
    [InlineData("""{"region":"na","marketplaceIds":["ATVPDKIKX0DER"]}""", "settings.sellerId")]
    [InlineData("""{"region":"na","marketplaceIds":["ATVPDKIKX0DER"],"sellerId":"A","environment":"staging"}""", "settings.environment")]
    public void A_bad_setting_is_named(string json, string field) =>
        Assert.Contains(AmazonStoreAccount.Definition.Validate(Settings(json), Credentials), e => e.Field == field);

    [Fact]
    public void A_missing_refresh_token_is_named() =>
        Assert.Contains(
            AmazonStoreAccount.Definition.Validate(
                Settings("""{"region":"na","marketplaceIds":["ATVPDKIKX0DER"],"sellerId":"A"}"""),
                new Dictionary<string, string> { ["clientId"] = "c", ["clientSecret"] = "s" }),
            e => e.Field == "credentials.refreshToken");

    private static JsonElement Settings(string json) => JsonDocument.Parse(json).RootElement.Clone();
}
