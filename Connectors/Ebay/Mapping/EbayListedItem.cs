using CrossBorderHub.Connectors.Ebay.Wire;

namespace CrossBorderHub.Connectors.Ebay.Mapping;

/// <summary>An inventory item with the offers that list it on the store's marketplace: what one catalog product is made of.</summary>
internal sealed record EbayListedItem(EbayInventoryItem Item, IReadOnlyList<EbayOffer> Offers);
