using System.Text.Json;
using CrossBorderHub.Connectors.Amazon.Mapping;
using CrossBorderHub.Connectors.Amazon.Wire;
using CrossBorderHub.Mapping.Canonical;
using CrossBorderHub.Mapping.Rules;

namespace CrossBorderHub.Connectors.Tests.Amazon;

public sealed class AmazonListingRulesTests
{
    private const string Us = "ATVPDKIKX0DER";

    [Fact]
    public void The_official_searchListingsItems_example_maps_to_the_stated_product()
    {
        using var document = AmazonFixtures.Document("listingsItems2021-08-01.searchListingsItems.200.example.json");
        var answer = document.RootElement.Deserialize(AmazonJsonContext.Default.SearchListingsItemsResponse)!;
        Assert.Equal(3, answer.NumberOfResults);
        Assert.Equal("xsdflkj324lkjsdlkj3423klkjsdfkljlk2j34klj2l3k4jlksdjl234", answer.Pagination?.NextToken);
        var listing = Assert.Single(answer.Items!).Deserialize(AmazonJsonContext.Default.ListingsItem)!;

        var product = AmazonListingRules.Product(listing, Us);

        Assert.Equal("GM-ZDPI-9B4E", product.MarketplaceProductId);
        Assert.Equal("Hardside Carry-On Spinner Suitcase Luggage", product.Title);
        Assert.Equal("SAMSUNG", product.Brand);
        Assert.Equal(ListingStatus.Active, product.Status);
        Assert.Equal("BUYABLE", product.MarketplaceStatus);
        Assert.Equal(new DateTimeOffset(2021, 3, 1, 0, 0, 0, TimeSpan.Zero), product.UpdatedAt);
        var variant = Assert.Single(product.Variants);
        Assert.Equal("GM-ZDPI-9B4E", variant.MarketplaceVariantId);
        Assert.Equal("GM-ZDPI-9B4E", variant.Sku);
        Assert.Equal(new Money(100.00m, "USD"), variant.Price);
        Assert.Equal(new Weight(107.6m, WeightUnit.Pounds), variant.Weight);
    }

    [Fact]
    public void The_same_listing_in_Canada_has_no_status_so_it_is_inactive_and_priced_in_CAD()
    {
        using var document = AmazonFixtures.Document("listingsItems2021-08-01.getListingsItem.200.example.json");
        var listing = document.RootElement.Deserialize(AmazonJsonContext.Default.ListingsItem)!;

        var product = AmazonListingRules.Product(listing, "A2EUQ1WTGCTBG2");

        Assert.Equal(ListingStatus.Inactive, product.Status);
        Assert.Equal(string.Empty, product.MarketplaceStatus);
        Assert.Equal(new DateTimeOffset(2021, 3, 5, 0, 0, 0, TimeSpan.Zero), product.UpdatedAt);
        Assert.Equal(new Money(130.00m, "CAD"), Assert.Single(product.Variants).Price);
        Assert.Null(product.Brand);
    }

    [Fact]
    public void The_official_getListingsItem_example_gives_its_DEFAULT_stock_as_the_sellers_own()
    {
        using var document = AmazonFixtures.Document("listingsItems2021-08-01.getListingsItem.200.example.json");
        var listing = document.RootElement.Deserialize(AmazonJsonContext.Default.ListingsItem)!;

        var level = AmazonListingRules.MerchantLevel(listing, Us)!;

        Assert.Equal("GM-ZDPI-9B4E", level.Sku);
        Assert.Equal("DEFAULT", level.LocationId);
        Assert.Equal(LocationKind.OwnWarehouse, level.LocationKind);
        Assert.Equal(100, level.Available);
        Assert.Null(level.OnHand);
        Assert.Equal(new DateTimeOffset(2021, 3, 1, 0, 0, 0, TimeSpan.Zero), level.UpdatedAt);
    }

    [Fact]
    public void A_listing_fulfilled_only_by_Amazon_has_no_merchant_stock()
    {
        var listing = Listing("""{"sku":"FBA-1","summaries":[{"marketplaceId":"ATVPDKIKX0DER","productType":"X","status":["BUYABLE"],"createdDate":"2024-01-01T00:00:00Z","lastUpdatedDate":"2024-01-02T00:00:00Z"}],"fulfillmentAvailability":[{"fulfillmentChannelCode":"AMAZON_NA"}]}""");

        Assert.Null(AmazonListingRules.MerchantLevel(listing, Us));
    }

    [Fact]
    public void A_listing_without_a_summary_for_the_marketplace_cannot_be_mapped()
    {
        var listing = Listing("""{"sku":"X-1","summaries":[]}""");

        var error = Assert.Throws<MappingException>(() => AmazonListingRules.Product(listing, Us));
        Assert.Contains(Us, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_FBA_summary_is_fulfillable_stock_held_by_Amazon_with_reserved_and_unfulfillable_on_hand()
    {
        var summary = JsonSerializer.Deserialize(
            """{"asin":"B0001","fnSku":"X0001","sellerSku":"SKU-9","condition":"NewItem","inventoryDetails":{"fulfillableQuantity":12,"inboundShippedQuantity":40,"reservedQuantity":{"totalReservedQuantity":3,"pendingCustomerOrderQuantity":2},"researchingQuantity":{"totalResearchingQuantity":1},"unfulfillableQuantity":{"totalUnfulfillableQuantity":2}},"lastUpdatedTime":"2026-05-01T10:00:00Z","totalQuantity":58}""",
            AmazonJsonContext.Default.InventorySummary)!;

        var level = AmazonListingRules.FbaLevel(summary, Us, DateTimeOffset.UnixEpoch);

        Assert.Equal("SKU-9", level.Sku);
        Assert.Equal("AFN:ATVPDKIKX0DER", level.LocationId);
        Assert.Equal(LocationKind.MarketplaceFulfilled, level.LocationKind);
        Assert.Equal(12, level.Available);
        Assert.Equal(18, level.OnHand);
        Assert.Equal(new DateTimeOffset(2026, 5, 1, 10, 0, 0, TimeSpan.Zero), level.UpdatedAt);
    }

    [Fact]
    public void An_FBA_summary_with_an_empty_lastUpdatedTime_takes_the_time_it_was_read()
    {
        var summary = JsonSerializer.Deserialize("""{"sellerSku":"SKU-9","lastUpdatedTime":"","totalQuantity":0}""", AmazonJsonContext.Default.InventorySummary)!;
        var seenAt = new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);

        var level = AmazonListingRules.FbaLevel(summary, Us, seenAt);

        Assert.Equal(seenAt, level.UpdatedAt);
        Assert.Equal(0, level.Available);
        Assert.Null(level.OnHand);
    }

    private static ListingsItem Listing(string json) => JsonSerializer.Deserialize(json, AmazonJsonContext.Default.ListingsItem)!;
}
