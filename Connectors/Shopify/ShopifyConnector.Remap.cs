using System.Text.Json;
using CrossBorderHub.Connectors.Shopify.Queries;
using CrossBorderHub.Connectors.Shopify.Wire;
using CrossBorderHub.Mapping.Canonical;
using CrossBorderHub.Mapping.Ports;
using CrossBorderHub.Mapping.Rules;

namespace CrossBorderHub.Connectors.Shopify;

internal sealed partial class ShopifyConnector : IRecordRemapper
{
    /// <summary>A quarantined order node (its JSON as the orders page sent it) through the same mapping as a pull, follow-ups included.</summary>
    public async Task<IReadOnlyList<CanonicalOrder>> RemapOrderAsync(StoreAccount account, string rawPayload, List<MappingIssue> issues, CancellationToken cancellationToken)
    {
        var order = JsonSerializer.Deserialize(rawPayload, ShopifyJsonContext.Default.ShopifyOrder) ?? throw new MappingException("The order node is null.");
        var store = ShopifyStoreAccount.Context(account, OrdersQuery.RequestedCost(1, _options.OrderLineItemsPageSize));
        var items = new List<CanonicalOrder>(1);
        await MapOrderAsync(order, store, items, issues, cancellationToken);
        return items;
    }
}
