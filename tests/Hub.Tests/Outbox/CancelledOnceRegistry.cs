using CrossBorderHub.Connectors;

namespace CrossBorderHub.Hub.Tests.Outbox;

/// <summary>The hub's connectors, each wrapped in a <see cref="CancelledOnceConnector"/>.</summary>
internal sealed class CancelledOnceRegistry(IEnumerable<IMarketplaceConnector> connectors) : IConnectorRegistry
{
    private readonly Dictionary<string, IMarketplaceConnector> _connectors =
        connectors.ToDictionary(c => c.Marketplace, IMarketplaceConnector (c) => new CancelledOnceConnector(c), StringComparer.OrdinalIgnoreCase);

    public IReadOnlyCollection<string> Marketplaces => _connectors.Keys;

    public IMarketplaceConnector? Find(string marketplace) => _connectors.GetValueOrDefault(marketplace);
}
