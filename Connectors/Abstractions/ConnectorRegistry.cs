namespace CrossBorderHub.Connectors;

internal sealed class ConnectorRegistry(IEnumerable<IMarketplaceConnector> connectors) : IConnectorRegistry
{
    private readonly Dictionary<string, IMarketplaceConnector> _byMarketplace =
        connectors.ToDictionary(c => c.Marketplace, StringComparer.OrdinalIgnoreCase);

    public IReadOnlyCollection<string> Marketplaces => _byMarketplace.Keys;

    public IMarketplaceConnector? Find(string marketplace) =>
        _byMarketplace.GetValueOrDefault(marketplace);
}
