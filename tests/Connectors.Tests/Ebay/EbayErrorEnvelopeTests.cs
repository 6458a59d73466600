using CrossBorderHub.Connectors.Ebay.Wire;

namespace CrossBorderHub.Connectors.Tests.Ebay;

public sealed class EbayErrorEnvelopeTests
{
    [Fact]
    public void The_sell_api_envelope_gives_the_error_id_and_long_message_with_domain_category_and_parameters()
    {
        var error = EbayErrorEnvelope.Parse("""
            {"errors":[{"errorId":32100,"domain":"API_FULFILLMENT","category":"REQUEST","message":"Invalid order ID.","longMessage":"Invalid order ID: 1-2-3","parameters":[{"name":"orderId","value":"1-2-3"}]},
                       {"errorId":32200,"domain":"API_FULFILLMENT","category":"REQUEST","message":"Another."}]}
            """);

        Assert.NotNull(error);
        Assert.Equal("32100", error.Code);
        Assert.Equal("Invalid order ID: 1-2-3 (API_FULFILLMENT/REQUEST) [orderId=1-2-3] (+1 more)", error.Message);
    }

    [Fact]
    public void The_token_endpoint_error_gives_its_oauth_code()
    {
        var error = EbayErrorEnvelope.Parse("""{"error":"invalid_client","error_description":"client authentication failed"}""");

        Assert.Equal(new CrossBorderHub.Connectors.Kit.Failures.MarketplaceError("invalid_client", "client authentication failed"), error);
    }

    [Theory]
    [InlineData("<html>Bad gateway</html>")]
    [InlineData("{\"message\":\"nope\"}")]
    [InlineData("")]
    public void A_body_of_another_shape_gives_nothing(string body) => Assert.Null(EbayErrorEnvelope.Parse(body));
}
