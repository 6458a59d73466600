using CrossBorderHub.Connectors.Shopify.Wire;

namespace CrossBorderHub.Connectors.Shopify;

internal sealed partial class ShopifyConnector
{
    /// <summary>userErrors as one bounded Rejected failure: each error's field path and Shopify's message.</summary>
    private static MarketplaceException Rejected(string mutation, IReadOnlyList<ShopifyUserError> errors) =>
        new(
            MarketplaceFailureKind.Rejected,
            ShopifyConstants.Marketplace,
            errors[0].Code,
            $"{mutation}: " + string.Join("; ", errors.Select(e => e.Field is { Count: > 0 } field ? $"{string.Join('.', field)}: {e.Message}" : e.Message)));
}
