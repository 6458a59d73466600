using CrossBorderHub.Mapping.Canonical;

namespace CrossBorderHub.Connectors.Shopify.Mapping;

/// <summary>Location.isFulfillmentService to <see cref="LocationKind"/>.</summary>
internal static class ShopifyLocationKindTable
{
    public const string Field = "location.isFulfillmentService";

    public static LocationKind Resolve(bool? isFulfillmentService) => isFulfillmentService switch
    {
        // A fulfillment-service app's location: stock held and shipped by a third party.
        true => LocationKind.ThirdPartyWarehouse,
        false => LocationKind.OwnWarehouse,
        null => LocationKind.Unknown,
    };
}
