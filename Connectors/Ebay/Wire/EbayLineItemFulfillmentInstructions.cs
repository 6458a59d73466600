namespace CrossBorderHub.Connectors.Ebay.Wire;

internal sealed record EbayLineItemFulfillmentInstructions(DateTimeOffset? ShipByDate, bool? GuaranteedDelivery);
