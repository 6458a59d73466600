using System.Text.Json;
using CrossBorderHub.Connectors.Kit.Pulling;
using CrossBorderHub.Connectors.Shopee.Wire;
using CrossBorderHub.Mapping.Canonical;
using CrossBorderHub.Mapping.Ports;
using CrossBorderHub.Mapping.Rules;

namespace CrossBorderHub.Connectors.Shopee;

internal sealed partial class ShopeeConnector : IRecordRemapper
{
    /// <summary>
    /// A quarantined order through the pull's mapping. The pull's follow-up call (get_order_detail) already happened: the
    /// stored payload is the order detail it answered, so no call is made.
    /// </summary>
    public Task<IReadOnlyList<CanonicalOrder>> RemapOrderAsync(StoreAccount account, string rawPayload, List<MappingIssue> issues, CancellationToken cancellationToken) =>
        RecordRemap.MapAsync<ShopeeOrder, ShopeeSession, CanonicalOrder>(
            rawPayload, OrderOf, ShopeeSession.Open(account), MapOrder, issues, cancellationToken);

    private static ShopeeOrder OrderOf(string rawPayload) =>
        JsonSerializer.Deserialize(rawPayload, ShopeeJsonContext.Default.ShopeeOrder) ?? throw new MappingException("The order is null.");
}
