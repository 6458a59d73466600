using CrossBorderHub.Connectors.Kit.Failures;
using CrossBorderHub.Connectors.Shopify.Wire;

namespace CrossBorderHub.Connectors.Tests.Shopify;

public sealed class ShopifyErrorEnvelopeTests
{
    [Fact]
    public void An_errors_list_gives_the_first_code_any_error_carries_whether_read_from_a_body_or_a_typed_answer()
    {
        const string body = """{"errors":[{"message":"Field 'x' doesn't exist"},{"message":"Access denied for orders field.","extensions":{"code":"ACCESS_DENIED"}},{"extensions":{"code":"THROTTLED"}}]}""";
        ShopifyGraphQLError[] typed =
        [
            new("Field 'x' doesn't exist", null),
            new("Access denied for orders field.", new ShopifyErrorExtensions("ACCESS_DENIED")),
            new(null, new ShopifyErrorExtensions("THROTTLED")),
        ];

        var expected = new MarketplaceError("ACCESS_DENIED", "Field 'x' doesn't exist | Access denied for orders field.");
        Assert.Equal(expected, ShopifyErrorEnvelope.Parse(body));
        Assert.Equal(expected, ShopifyErrorEnvelope.FromList(typed));
    }
}
