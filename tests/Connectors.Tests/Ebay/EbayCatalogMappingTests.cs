using System.Text.Json;
using CrossBorderHub.Connectors.Ebay;
using CrossBorderHub.Connectors.Ebay.Mapping;
using CrossBorderHub.Connectors.Ebay.Wire;
using CrossBorderHub.Mapping.Canonical;
using CrossBorderHub.Mapping.Ports;

namespace CrossBorderHub.Connectors.Tests.Ebay;

/// <summary>Inventory API pages written from the contract (InventoryItems, Offers; sell_inventory_v1_oas3 1.18.5), mapped field by field.</summary>
public sealed class EbayCatalogMappingTests
{
    private static readonly EbayMapper Mapper = new();

    [Fact]
    public void An_item_with_a_live_and_an_ended_offer_maps_to_one_active_product_with_two_variants()
    {
        var (item, offers) = (Items()[0], Offers());
        var issues = new List<MappingIssue>();

        var product = Mapper.Mapper.Map<CanonicalProduct>(new EbayListedItem(item, offers), o => o.Items[EbayMappingContext.Issues] = issues);

        Assert.Empty(issues);
        Assert.Equal("GP-HERO12-BLK", product.MarketplaceProductId);
        Assert.Equal("GoPro HERO12 Black action camera", product.Title);
        Assert.Equal("GoPro", product.Brand);
        Assert.Equal(ListingStatus.Active, product.Status);
        Assert.Equal("PUBLISHED/ACTIVE,PUBLISHED/ENDED", product.MarketplaceStatus);
        Assert.Equal(EbayConstants.Undated, product.UpdatedAt);
        Assert.Collection(
            product.Variants,
            fixedPrice =>
            {
                Assert.Equal("7002311010", fixedPrice.MarketplaceVariantId);
                Assert.Equal("GP-HERO12-BLK", fixedPrice.Sku);
                Assert.Equal("818279029628", fixedPrice.Barcode);
                Assert.Equal(new Money(349.99m, "USD"), fixedPrice.Price);
                Assert.Equal(new Weight(1.2m, WeightUnit.Pounds), fixedPrice.Weight);
                Assert.Equal(new Dimensions(7.5m, 5.0m, 3.25m, LengthUnit.Inches), fixedPrice.Dimensions);
            },
            auction =>
            {
                Assert.Equal("7002311011", auction.MarketplaceVariantId);
                Assert.Null(auction.Price);
            });
    }

    [Fact]
    public void An_item_never_offered_is_a_draft_with_one_unpriced_variant_and_an_unknown_unit_is_reported()
    {
        var issues = new List<MappingIssue>();

        var product = Mapper.Mapper.Map<CanonicalProduct>(new EbayListedItem(Items()[1], []), o => o.Items[EbayMappingContext.Issues] = issues);

        Assert.Equal(ListingStatus.Draft, product.Status);
        Assert.Equal("NO_OFFER", product.MarketplaceStatus);
        Assert.Null(product.Brand);
        var variant = Assert.Single(product.Variants);
        Assert.Equal("BOOK-978", variant.MarketplaceVariantId);
        Assert.Equal("9783161484100", variant.Barcode);
        Assert.Null(variant.Price);
        Assert.Null(variant.Weight);
        Assert.Equal(new MappingIssue("BOOK-978", "packageWeightAndSize.weight.unit", "STONE"), Assert.Single(issues));
    }

    [Fact]
    public void The_ship_to_home_quantity_is_the_level_at_the_one_location_and_none_set_is_zero()
    {
        var items = Items();

        var levels = items.Select(i => Mapper.Mapper.Map<InventoryLevel>(i, o => o.Items[EbayMappingContext.Issues] = new List<MappingIssue>())).ToList();

        Assert.Equal([("GP-HERO12-BLK", 42), ("BOOK-978", 0)], levels.Select(l => (l.Sku, l.Available)));
        Assert.All(levels, l =>
        {
            Assert.Equal(EbayConstants.ShipToLocation, l.LocationId);
            Assert.Equal(LocationKind.OwnWarehouse, l.LocationKind);
            Assert.Null(l.OnHand);
            Assert.Equal(EbayConstants.Undated, l.UpdatedAt);
        });
    }

    [Theory]
    [InlineData("UNPUBLISHED", null, ListingStatus.Draft)]
    [InlineData("PUBLISHED", "ACTIVE", ListingStatus.Active)]
    [InlineData("PUBLISHED", "OUT_OF_STOCK", ListingStatus.Inactive)]
    [InlineData("PUBLISHED", "INACTIVE", ListingStatus.Inactive)]
    [InlineData("PUBLISHED", "ENDED", ListingStatus.Archived)]
    [InlineData("PUBLISHED", "EBAY_ENDED", ListingStatus.Archived)]
    [InlineData("PUBLISHED", "NOT_LISTED", ListingStatus.Draft)]
    [InlineData("PUBLISHED", "SUSPENDED", ListingStatus.Unknown)]
    [InlineData("ARCHIVED", null, ListingStatus.Unknown)]
    public void Offer_and_listing_status_combine_into_the_listing_status(string offerStatus, string? listingStatus, ListingStatus expected) =>
        Assert.Equal(expected, EbayListingStatusTable.Of(offerStatus, listingStatus));

    [Fact]
    public void An_undocumented_listing_status_is_reported_as_a_mapping_issue()
    {
        var issues = new List<MappingIssue>();
        var offer = Offers()[0] with { Listing = new EbayListingDetails("1", "SUSPENDED", null, null) };

        var product = Mapper.Mapper.Map<CanonicalProduct>(new EbayListedItem(Items()[0], [offer]), o => o.Items[EbayMappingContext.Issues] = issues);

        Assert.Equal(ListingStatus.Unknown, product.Status);
        Assert.Equal(new MappingIssue("GP-HERO12-BLK", "offers.listing.listingStatus", "SUSPENDED"), Assert.Single(issues));
    }

    private static List<EbayInventoryItem> Items() =>
        [.. Read("getInventoryItems.contract.json", EbayJsonContext.Default.EbayInventoryItems).InventoryItems!
            .Select(e => e.Deserialize(EbayJsonContext.Default.EbayInventoryItem)!)];

    private static IReadOnlyList<EbayOffer> Offers() => Read("getOffers.contract.json", EbayJsonContext.Default.EbayOffers).Offers!;

    private static T Read<T>(string fixture, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type) =>
        JsonSerializer.Deserialize(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Ebay", "Fixtures", fixture)), type)!;
}
