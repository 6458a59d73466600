namespace CrossBorderHub.Connectors.Shopify.Wire;

/// <summary>A node the paging loop pulls: its updatedAt moves the checkpoint.</summary>
internal interface IShopifyNodeRecord
{
    DateTimeOffset UpdatedAt { get; }
}
