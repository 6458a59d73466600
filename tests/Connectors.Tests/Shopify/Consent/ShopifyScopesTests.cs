using CrossBorderHub.Connectors.Shopify.Consent;

namespace CrossBorderHub.Connectors.Tests.Shopify.Consent;

public sealed class ShopifyScopesTests
{
    [Fact]
    public void A_write_scope_covers_its_read_scope_as_shopify_returns_only_the_write_scope()
    {
        var missing = ShopifyScopes.Missing(["read_inventory", "write_inventory", "read_orders"], ShopifyScopes.Parse("write_inventory, read_orders"));

        Assert.Empty(missing);
    }

    [Fact]
    public void A_read_scope_does_not_cover_its_write_scope()
    {
        var missing = ShopifyScopes.Missing(["write_inventory", "read_locations"], ["read_inventory"]);

        Assert.Equal(["write_inventory", "read_locations"], missing);
    }

    [Fact]
    public void Unauthenticated_write_scopes_cover_their_unauthenticated_read_scopes()
    {
        Assert.Empty(ShopifyScopes.Missing(["unauthenticated_read_checkouts"], ["unauthenticated_write_checkouts"]));
    }

    [Fact]
    public void The_default_scopes_cover_the_pulls_and_the_pushes_the_connector_makes()
    {
        Assert.Empty(ShopifyScopes.Missing(ShopifyScopes.RequiredForPulls, ShopifyScopes.Default));
        Assert.Contains("write_inventory", ShopifyScopes.Default);
        Assert.Contains("write_merchant_managed_fulfillment_orders", ShopifyScopes.Default);
        Assert.Contains("read_locations", ShopifyScopes.Default);
    }
}
