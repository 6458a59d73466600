namespace CrossBorderHub.Connectors.Ebay.Wire;

/// <summary>ListingDetails of a published offer: the eBay listing id and its status (ListingStatusEnum).</summary>
internal sealed record EbayListingDetails(string? ListingId, string? ListingStatus, bool? ListingOnHold, int? SoldQuantity);
