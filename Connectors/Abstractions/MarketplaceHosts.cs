namespace CrossBorderHub.Connectors;

/// <summary>The official hosts a store's credentials go to: its API and, where the marketplace has one apart, its token endpoint.</summary>
public sealed record MarketplaceHosts(Uri Api, Uri? Auth = null);
