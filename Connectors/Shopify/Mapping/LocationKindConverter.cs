using AutoMapper;
using CrossBorderHub.Mapping.Canonical;
using CrossBorderHub.Mapping.Ports;

namespace CrossBorderHub.Connectors.Shopify.Mapping;

internal sealed class LocationKindConverter : IValueConverter<ShopifyInventoryLevelRow, LocationKind>
{
    public LocationKind Convert(ShopifyInventoryLevelRow sourceMember, ResolutionContext context)
    {
        var kind = ShopifyLocationKindTable.Resolve(sourceMember.Level.Location?.IsFulfillmentService);
        if (kind == LocationKind.Unknown)
        {
            context.IssueList().Add(new MappingIssue(sourceMember.Level.Location?.Id ?? sourceMember.Sku, ShopifyLocationKindTable.Field, "(null)"));
        }

        return kind;
    }
}
