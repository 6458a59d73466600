using AutoMapper;
using CrossBorderHub.Connectors.Shopify.Wire;
using CrossBorderHub.Mapping.Canonical;

namespace CrossBorderHub.Connectors.Shopify.Mapping;

internal sealed class OrderFlagsConverter : IValueConverter<ShopifyOrder, OrderFlags>
{
    public OrderFlags Convert(ShopifyOrder sourceMember, ResolutionContext context) => OrderStatusConverter.Resolve(sourceMember).Flags;
}
