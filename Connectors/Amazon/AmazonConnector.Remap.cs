using System.Text.Json;
using CrossBorderHub.Connectors.Amazon.Mapping;
using CrossBorderHub.Connectors.Amazon.Wire;
using CrossBorderHub.Mapping.Canonical;
using CrossBorderHub.Mapping.Ports;
using CrossBorderHub.Mapping.Rules;

namespace CrossBorderHub.Connectors.Amazon;

internal sealed partial class AmazonConnector : IRecordRemapper
{
    /// <summary>
    /// A quarantined order through the mapping its pull used, told apart by the stored payload rather than the store's
    /// current ordersApi (the store may have switched since): a searchOrders order (JSON with orderId), a v0 getOrders
    /// order (JSON with AmazonOrderId, stored without its items, so getOrderItems is called again as the pull does), or
    /// an order report's rows (the header line and the order's tab-separated lines).
    /// </summary>
    public async Task<IReadOnlyList<CanonicalOrder>> RemapOrderAsync(StoreAccount account, string rawPayload, List<MappingIssue> issues, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rawPayload);
        if (!rawPayload.TrimStart().StartsWith('{'))
        {
            var rows = AmazonFlatFile.Orders(new StringReader(rawPayload));
            return rows.Count == 1
                ? [AmazonReportOrderRules.Map(rows[0], issues)]
                : throw new MappingException($"The stored report rows hold {rows.Count} orders, not one.");
        }

        using var document = JsonDocument.Parse(rawPayload);
        var node = document.RootElement;
        if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty("AmazonOrderId", out _))
        {
            var order = node.Deserialize(AmazonJsonContext.Default.AmazonOrder) ?? throw new MappingException("The order is null.");
            return [MapOrder(order, issues)];
        }

        var v0 = node.Deserialize(AmazonJsonContext.Default.AmazonOrderV0) ?? throw new MappingException("The order is null.");
        var id = v0.AmazonOrderId is { Length: > 0 } value ? value : throw new MappingException("AmazonOrderId is missing.");
        var store = AmazonStoreAccount.Context(account, AmazonConstants.Operations.GetOrderItems);
        var lines = await OrderItemsAsync(store, id, cancellationToken);
        return [MapOrder(new AmazonOrderV0WithItems(v0, lines), issues)];
    }
}
