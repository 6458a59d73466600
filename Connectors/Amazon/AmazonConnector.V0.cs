using CrossBorderHub.Connectors.Amazon.Http;
using CrossBorderHub.Connectors.Kit.Cursors;
using CrossBorderHub.Connectors.Kit.Http;
using CrossBorderHub.Mapping.Canonical;

namespace CrossBorderHub.Connectors.Amazon;

internal sealed partial class AmazonConnector
{
    private IAsyncEnumerable<SourcePage<CanonicalOrder>> PullOrdersV0Async(
        AmazonRequestContext store, AmazonSettings settings, WatermarkCursor cursor, ThrottleMeter meter, CancellationToken cancellationToken) =>
        throw new MarketplaceException(
            MarketplaceFailureKind.Rejected, Marketplace, null, $"Store {store.StoreKey} asks for Orders API v0, which this connector does not read yet; use 2026-01-01.");
}
