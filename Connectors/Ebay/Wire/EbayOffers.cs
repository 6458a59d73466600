namespace CrossBorderHub.Connectors.Ebay.Wire;

/// <summary>getOffers' answer (Offers): the offers of one SKU, paged like the other Inventory API lists.</summary>
internal sealed record EbayOffers(string? Href, int? Limit, string? Next, string? Prev, int? Size, int? Total, IReadOnlyList<EbayOffer>? Offers);
