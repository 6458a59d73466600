using AutoMapper;
using CrossBorderHub.Connectors.Shopify.Wire;
using CrossBorderHub.Mapping.Canonical;
using CrossBorderHub.Mapping.Ports;

namespace CrossBorderHub.Connectors.Shopify.Mapping;

/// <summary>The order status table as an AutoMapper value converter; unknown values are reported as issues.</summary>
internal sealed class OrderStatusConverter : IValueConverter<ShopifyOrder, OrderStatus>
{
    public OrderStatus Convert(ShopifyOrder sourceMember, ResolutionContext context)
    {
        var result = Resolve(sourceMember);
        foreach (var (field, value) in result.UnknownValues)
        {
            context.IssueList().Add(new MappingIssue(sourceMember.Id ?? string.Empty, field, value));
        }

        return result.Status;
    }

    internal static OrderStatusResult Resolve(ShopifyOrder order) =>
        ShopifyOrderStatusTable.Resolve(order.DisplayFinancialStatus, order.DisplayFulfillmentStatus, order.CancelledAt, order.ReturnStatus);
}
