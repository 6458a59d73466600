namespace CrossBorderHub.Connectors;

/// <summary>Finds the connector for a marketplace key among those registered in DI.</summary>
public interface IConnectorRegistry
{
    IReadOnlyCollection<string> Marketplaces { get; }

    IMarketplaceConnector? Find(string marketplace);
}
