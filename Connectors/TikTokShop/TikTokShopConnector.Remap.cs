using System.Text.Json;
using CrossBorderHub.Connectors.Kit.Pulling;
using CrossBorderHub.Mapping.Canonical;
using CrossBorderHub.Mapping.Ports;

namespace CrossBorderHub.Connectors.TikTokShop;

internal sealed partial class TikTokShopConnector : IRecordRemapper
{
    /// <summary>
    /// A quarantined order (its JSON as the orders search sent it) through the pull's mapping. The search answer holds
    /// the whole order (lines, payment, recipient), so no call is made.
    /// </summary>
    public Task<IReadOnlyList<CanonicalOrder>> RemapOrderAsync(StoreAccount account, string rawPayload, List<MappingIssue> issues, CancellationToken cancellationToken) =>
        RecordRemap.MapAsync<JsonElement, TikTokShopSession, CanonicalOrder>(
            rawPayload, RecordRemap.JsonElementOf, TikTokShopSession.Open(account), MapOrderAsync, issues, cancellationToken);
}
