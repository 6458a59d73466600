using System.Text.Json;
using CrossBorderHub.Connectors.Amazon;
using CrossBorderHub.Connectors.Amazon.Auth;
using CrossBorderHub.Connectors.Amazon.Consent;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CrossBorderHub.Connectors.Tests.Amazon;

public sealed class AmazonConsentUrlTests
{
    private const string ApplicationId = "amzn1.sp.solution.0bf296b5-36a6-4942-a13e-0000fcd28";
    private static readonly Uri Callback = new("https://hub.example.com/connect/amazon/callback");

    private readonly AmazonConsent _consent = new(
        new LwaTokenClient(new HttpClient(), new FixedOptionsMonitor<AmazonOptions>(new AmazonOptions()), NullLogger<LwaTokenClient>.Instance),
        NullLogger<AmazonConsent>.Instance);

    [Theory]
    [InlineData("na", "ATVPDKIKX0DER", "https://sellercentral.amazon.com/apps/authorize/consent")]
    [InlineData("na", "A2EUQ1WTGCTBG2", "https://sellercentral.amazon.ca/apps/authorize/consent")]
    [InlineData("na", "A1AM78C64UM0Y8", "https://sellercentral.amazon.com.mx/apps/authorize/consent")]
    [InlineData("eu", "A1PA6795UKMFR9", "https://sellercentral-europe.amazon.com/apps/authorize/consent")]
    [InlineData("eu", "A1F83G8C2ARO7P", "https://sellercentral-europe.amazon.com/apps/authorize/consent")]
    [InlineData("eu", "A1805IZSGTT6HS", "https://sellercentral.amazon.nl/apps/authorize/consent")]
    [InlineData("eu", "A21TJRUUN4KGV", "https://sellercentral.amazon.in/apps/authorize/consent")]
    [InlineData("fe", "A1VC38T7YXB528", "https://sellercentral.amazon.co.jp/apps/authorize/consent")]
    [InlineData("fe", "A39IBJ37TRP1C6", "https://sellercentral.amazon.com.au/apps/authorize/consent")]
    public void The_consent_page_is_on_the_Seller_Central_of_the_first_marketplace(string region, string marketplaceId, string page)
    {
        var input = AmazonConsentHost.Input(region, marketplaceId);
        Assert.Empty(_consent.ValidateInput(input));

        var url = _consent.ConsentUrl(App(), input, Callback, "s");

        Assert.Equal(page, url.GetLeftPart(UriPartial.Path));
    }

    [Fact]
    public void The_consent_url_carries_the_application_id_state_and_redirect_uri_and_no_beta_for_a_published_app()
    {
        var url = _consent.ConsentUrl(App(), AmazonConsentHost.Input("eu", "A13V1IB3VIYZZH", "A1PA6795UKMFR9"), Callback, "CfDJ8+state/=");

        var query = AmazonConsentHost.QueryOf(url);
        Assert.Equal(ApplicationId, query["application_id"]);
        Assert.Equal("CfDJ8+state/=", query["state"]);
        Assert.Equal(Callback.AbsoluteUri, query["redirect_uri"]);
        Assert.False(query.ContainsKey("version"));
        Assert.Equal("https://sellercentral-europe.amazon.com/apps/authorize/consent", url.GetLeftPart(UriPartial.Path));
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("True", true)]
    [InlineData("false", false)]
    public void A_draft_app_adds_version_beta(string draft, bool beta)
    {
        var url = _consent.ConsentUrl(App(("draft", draft)), AmazonConsentHost.Input("na", "ATVPDKIKX0DER"), Callback, "s");

        Assert.Equal(beta, AmazonConsentHost.QueryOf(url).TryGetValue("version", out var version) && version == "beta");
    }

    [Fact]
    public void An_app_with_a_consent_host_override_keeps_Seller_Centrals_path()
    {
        var app = App() with { ConsentUrl = new Uri("http://127.0.0.1:4100/") };

        var url = _consent.ConsentUrl(app, AmazonConsentHost.Input("fe", "A1VC38T7YXB528"), Callback, "s");

        Assert.Equal("http://127.0.0.1:4100/apps/authorize/consent", url.GetLeftPart(UriPartial.Path));
    }

    [Fact]
    public void Marketplace_ids_outside_the_chosen_region_are_refused()
    {
        var errors = _consent.ValidateInput(AmazonConsentHost.Input("na", "ATVPDKIKX0DER", "A1PA6795UKMFR9"));

        var error = Assert.Single(errors);
        Assert.Equal("input.marketplaceIds", error.Field);
        Assert.Contains("A1PA6795UKMFR9 (DE) is in the eu region", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_marketplace_id_is_refused()
    {
        var error = Assert.Single(_consent.ValidateInput(AmazonConsentHost.Input("na", "NOTAMARKETPLACE")));

        Assert.Equal("input.marketplaceIds", error.Field);
    }

    [Fact]
    public void Input_is_checked_with_the_store_settings_rules_and_named_as_input()
    {
        Assert.Contains(_consent.ValidateInput(AmazonConsentHost.Input("xx", "ATVPDKIKX0DER")), e => e.Field == "input.region");
        Assert.Contains(_consent.ValidateInput(JsonSerializer.SerializeToElement(new { region = "na" })), e => e.Field == "input.marketplaceIds");
        Assert.Contains(_consent.ValidateInput(JsonSerializer.SerializeToElement(new { region = "na", marketplaceIds = "ATVPDKIKX0DER", sellerId = "A1" })), e => e.Field == "input.sellerId");
        Assert.Contains(_consent.ValidateInput(JsonSerializer.SerializeToElement("na")), e => e.Field == "input");
    }

    [Fact]
    public void Marketplace_ids_may_be_typed_as_one_comma_separated_text()
    {
        var input = JsonSerializer.SerializeToElement(new { region = "eu", marketplaceIds = "A1PA6795UKMFR9, A13V1IB3VIYZZH" });

        Assert.Empty(_consent.ValidateInput(input));
        Assert.Equal("https://sellercentral-europe.amazon.com/apps/authorize/consent", _consent.ConsentUrl(App(), input, Callback, "s").GetLeftPart(UriPartial.Path));
    }

    [Fact]
    public void The_app_needs_an_application_id_and_LWA_client_and_a_boolean_draft()
    {
        Assert.Empty(_consent.ValidateApp(App(("draft", "true"))));
        Assert.Empty(_consent.ValidateApp(App(("applicationId", "amzn1.sellerapps.app.2eca283f-9f5a-4d13-b16c-474000000057"))));

        var errors = _consent.ValidateApp(new ConsentApp(new Dictionary<string, string> { ["applicationId"] = "amzn1.application-oa2-client.x", ["draft"] = "yes" }));

        Assert.Equal(["applicationId", "clientId", "clientSecret", "draft"], errors.Select(e => e.Field));
    }

    private static ConsentApp App(params (string Name, string Value)[] extra)
    {
        var values = new Dictionary<string, string>
        {
            ["applicationId"] = ApplicationId,
            ["clientId"] = "amzn1.application-oa2-client.a",
            ["clientSecret"] = "amzn1.oa2-cs.v1.a",
        };
        foreach (var (name, value) in extra)
        {
            values[name] = value;
        }

        return new ConsentApp(values);
    }
}
