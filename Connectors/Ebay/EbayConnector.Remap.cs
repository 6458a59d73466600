using System.Text.Json;
using CrossBorderHub.Connectors.Kit.Pulling;
using CrossBorderHub.Mapping.Canonical;
using CrossBorderHub.Mapping.Ports;

namespace CrossBorderHub.Connectors.Ebay;

internal sealed partial class EbayConnector : IRecordRemapper
{
    /// <summary>A quarantined order (its JSON as getOrders sent it) through the pull's mapping; the order holds all it needs, so no call is made.</summary>
    public Task<IReadOnlyList<CanonicalOrder>> RemapOrderAsync(StoreAccount account, string rawPayload, List<MappingIssue> issues, CancellationToken cancellationToken)
    {
        var store = EbayStoreAccount.Context(account);
        return RecordRemap.MapAsync<JsonElement, string, CanonicalOrder>(
            rawPayload, RecordRemap.JsonElementOf, store.StoreId.ToString("N"), MapOrder, issues, cancellationToken);
    }
}
