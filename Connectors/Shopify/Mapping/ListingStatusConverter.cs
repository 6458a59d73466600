using AutoMapper;
using CrossBorderHub.Connectors.Shopify.Wire;
using CrossBorderHub.Mapping.Canonical;
using CrossBorderHub.Mapping.Ports;

namespace CrossBorderHub.Connectors.Shopify.Mapping;

internal sealed class ListingStatusConverter : IValueConverter<ShopifyProduct, ListingStatus>
{
    public ListingStatus Convert(ShopifyProduct sourceMember, ResolutionContext context)
    {
        if (ShopifyListingStatusTable.Resolve(sourceMember.Status) is { } status)
        {
            return status;
        }

        context.IssueList().Add(new MappingIssue(sourceMember.Id ?? string.Empty, ShopifyListingStatusTable.Field, sourceMember.Status ?? "(null)"));
        return ListingStatus.Unknown;
    }
}
