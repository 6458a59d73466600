namespace CrossBorderHub.Connectors;

[Flags]
public enum MarketplaceCapabilities
{
    None = 0,
    PullOrders = 1,
    PullCatalog = 2,
    PullInventory = 4,
    PushInventory = 8,
    PushShipment = 16,
}
