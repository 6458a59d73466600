namespace CrossBorderHub.Connectors.Ebay.Wire;

internal sealed record EbayLineItemReference(string LineItemId, int Quantity);
