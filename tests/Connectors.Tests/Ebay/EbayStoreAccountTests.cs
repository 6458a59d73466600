using System.Text.Json;
using CrossBorderHub.Connectors.Ebay;

namespace CrossBorderHub.Connectors.Tests.Ebay;

public sealed class EbayStoreAccountTests
{
    private static readonly Dictionary<string, string> Credentials = new()
    {
        ["clientId"] = "app-id",
        ["clientSecret"] = "cert-id",
        ["refreshToken"] = "v^1.1#refresh",
    };

    [Theory]
    [InlineData("""{"marketplaceId":"EBAY_US"}""", "https://api.ebay.com/")]
    [InlineData("""{"marketplaceId":"EBAY_DE","environment":"production"}""", "https://api.ebay.com/")]
    [InlineData("""{"marketplaceId":"EBAY_ES","environment":"sandbox"}""", "https://api.sandbox.ebay.com/")]
    public void Valid_settings_lead_to_the_environment_host(string settings, string host)
    {
        var json = JsonDocument.Parse(settings).RootElement;

        Assert.Empty(EbayStoreAccount.Definition.Validate(json, Credentials));
        Assert.Equal(new Uri(host), EbayStoreAccount.Definition.HostsFor(json).Api);
    }

    [Theory]
    [InlineData("""{"marketplaceId":"EBAY_XX"}""", "settings.marketplaceId")]
    [InlineData("""{}""", "settings.marketplaceId")]
    [InlineData("""{"marketplaceId":"EBAY_US","environment":"staging"}""", "settings.environment")]
    [InlineData("""{"marketplaceId":"EBAY_US","region":"na"}""", "settings.region")]
    public void Invalid_settings_name_the_field(string settings, string field)
    {
        var errors = EbayStoreAccount.Definition.Validate(JsonDocument.Parse(settings).RootElement, Credentials);

        Assert.Contains(errors, e => e.Field == field);
    }

    [Fact]
    public void Missing_credentials_name_each_field()
    {
        var errors = EbayStoreAccount.Definition.Validate(JsonDocument.Parse("""{"marketplaceId":"EBAY_US"}""").RootElement, new Dictionary<string, string> { ["clientId"] = "app-id" });

        Assert.Contains(errors, e => e.Field == "credentials.clientSecret");
        Assert.Contains(errors, e => e.Field == "credentials.refreshToken");
    }

    [Theory]
    [InlineData("""{"marketplaceId":"EBAY_US","userId":"sbx-user-42"}""", "sbx-user-42")]
    [InlineData("""{"marketplaceId":"EBAY_US"}""", null)]
    public void The_account_key_is_the_sellers_user_id_when_the_settings_have_one(string settings, string? key)
    {
        var json = JsonDocument.Parse(settings).RootElement;

        Assert.Empty(EbayStoreAccount.Definition.Validate(json, Credentials));
        Assert.Equal(key, EbayStoreAccount.Definition.AccountKey(json));
    }

    [Theory]
    [InlineData("""{"marketplaceId":"EBAY_US","userId":"two words"}""")]
    [InlineData("""{"marketplaceId":"EBAY_US","userId":""}""")]
    public void A_user_id_that_is_blank_or_spaced_is_refused(string settings)
    {
        var errors = EbayStoreAccount.Definition.Validate(JsonDocument.Parse(settings).RootElement, Credentials);

        Assert.Contains(errors, e => e.Field == "settings.userId");
    }
}
