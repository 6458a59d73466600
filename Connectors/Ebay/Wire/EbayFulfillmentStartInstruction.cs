namespace CrossBorderHub.Connectors.Ebay.Wire;

internal sealed record EbayFulfillmentStartInstruction(
    string? FulfillmentInstructionsType,
    DateTimeOffset? MaxEstimatedDeliveryDate,
    bool? EbaySupportedFulfillment,
    EbayShippingStep? ShippingStep);
