using CrossBorderHub.Connectors.Shopify;

namespace CrossBorderHub.Connectors.Tests.Shopify;

public sealed class ShopifyProfileTests
{
    [Fact]
    public void Shopify_profile_configuration_is_valid() => new ShopifyMapper().Configuration.AssertConfigurationIsValid();
}
