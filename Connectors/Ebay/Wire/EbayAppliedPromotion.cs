namespace CrossBorderHub.Connectors.Ebay.Wire;

internal sealed record EbayAppliedPromotion(string? PromotionId, string? Description, EbayAmount? DiscountAmount);
