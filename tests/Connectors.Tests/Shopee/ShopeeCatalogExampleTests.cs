using System.Text.Json;
using CrossBorderHub.Connectors.Shopee;
using CrossBorderHub.Connectors.Shopee.Mapping;
using CrossBorderHub.Connectors.Shopee.Wire;
using CrossBorderHub.Mapping.Canonical;
using CrossBorderHub.Mapping.Ports;
using CrossBorderHub.Mapping.Rules;

namespace CrossBorderHub.Connectors.Tests.Shopee;

/// <summary>
/// Shopee's published product examples, parsed with the wire records and mapped. The get_model_list example as published
/// is not JSON (a trailing comma after its "dimension" object); the fixture removes that comma and nothing else. It also
/// shows no model_id, which a real answer carries, so the mapping test gives its model one.
/// </summary>
public sealed class ShopeeCatalogExampleTests
{
    private static readonly ShopeeMapper Mapper = new();

    [Fact]
    public void The_get_item_list_example_gives_its_item_and_the_next_offset()
    {
        var envelope = JsonSerializer.Deserialize(ShopeeFixtures.Read("v2.product.get_item_list.response_example.json"), ShopeeJsonContext.Default.ShopeeEnvelopeShopeeItemListResponse)!;

        var item = Assert.Single(envelope.Response!.Item!);
        Assert.Equal(2500139861, item.ItemId);
        Assert.Equal("NORMAL", item.ItemStatus);
        Assert.Equal(1608128470, item.UpdateTime);
        Assert.False(item.Tag!.Kit);
        Assert.Equal(19, envelope.Response.TotalCount);
        Assert.True(envelope.Response.HasNextPage);
        Assert.Equal(10, envelope.Response.NextOffset);
    }

    [Theory]
    [InlineData("v2.product.get_item_list.error_example.json", "error_auth", "Invalid partner_id or shopid.", MarketplaceFailureKind.AuthorizationRefused)]
    [InlineData("v2.product.update_stock.error_example.json", "product.error_param", "invalid field ItemId: value must  Not Null", MarketplaceFailureKind.Rejected)]
    public void A_product_error_example_parses_as_the_envelope(string fixture, string code, string message, MarketplaceFailureKind kind)
    {
        var envelope = JsonSerializer.Deserialize(ShopeeFixtures.Read(fixture), ShopeeJsonContext.Default.ShopeeEnvelopeShopeeNoResponse)!;

        Assert.Equal(code, envelope.Error);
        Assert.Equal(message, envelope.Message);
        Assert.Equal(kind, ShopeeErrors.KindOf(envelope.Error));
    }

    [Fact]
    public void The_get_item_base_info_example_reads_field_by_field()
    {
        var item = BaseInfo();

        Assert.Equal(34002, item.ItemId);
        Assert.Equal(14646, item.CategoryId);
        Assert.Equal("seller discount", item.ItemName);
        Assert.Equal("-", item.ItemSku);
        Assert.Equal(1600572640, item.UpdateTime);
        Assert.Equal("SGD", item.PriceInfo![0].Currency);
        Assert.Equal(122.02m, item.PriceInfo[0].CurrentPrice);
        Assert.Equal("10.02", item.Weight);
        Assert.Equal(13m, item.Dimension!.PackageHeight);
        Assert.True(item.HasModel);
        Assert.Equal("nike", item.Brand!.OriginalBrandName);
        Assert.Equal(100, item.StockInfoV2!.SummaryInfo!.TotalReservedStock);
        Assert.Equal(100, item.StockInfoV2.SummaryInfo.TotalAvailableStock);
        Assert.Equal(10, Assert.Single(item.StockInfoV2.SellerStock!).Stock);
        Assert.Equal(0, Assert.Single(item.StockInfoV2.ShopeeStock!).Stock);
    }

    [Fact]
    public void The_get_model_list_example_reads_its_string_stock_as_unknown_and_its_numbers_as_numbers()
    {
        var models = ModelList();

        var model = Assert.Single(models.Model!);
        Assert.Equal("blue bag", model.ModelSku);
        Assert.Equal("MODEL_NORMAL", model.ModelStatus);
        Assert.Equal(100m, model.PriceInfo![0].CurrentPrice);
        Assert.Equal("TWD", model.PriceInfo[0].Currency);
        Assert.Equal(0, Assert.Single(model.StockInfoV2!.SellerStock!).Stock);
        Assert.True(model.StockInfoV2.SellerStock![0].IfSaleable);
        Assert.Null(Assert.Single(model.StockInfoV2.ShopeeStock!).Stock);
        Assert.Equal("1.1", model.Weight);
        Assert.Equal("testsku1", models.TierVariation![0].OptionList![0].Option);
    }

    [Fact]
    public void The_item_and_model_examples_map_to_one_product_with_one_variant()
    {
        var models = ModelList();
        var source = new ShopeeCatalogItem(BaseInfo(), models with { Model = [models.Model![0] with { ModelId = 7001, TierIndex = [0] }] });
        var issues = new List<MappingIssue>();

        var product = Mapper.Mapper.Map<CanonicalProduct>(source, o => o.Items[ShopeeMappingContext.Issues] = issues);

        Assert.Empty(issues);
        Assert.Equal("34002", product.MarketplaceProductId);
        Assert.Equal("seller discount", product.Title);
        Assert.Equal("nike", product.Brand);
        Assert.Equal(ListingStatus.Active, product.Status);
        Assert.Equal("NORMAL", product.MarketplaceStatus);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1600572640), product.UpdatedAt);
        var variant = Assert.Single(product.Variants);
        Assert.Equal("34002:7001", variant.MarketplaceVariantId);
        Assert.Equal("blue bag", variant.Sku);
        Assert.Equal("testsku1", variant.Title);
        Assert.Equal(new Money(100m, "TWD"), variant.Price);
        Assert.Equal(new Weight(1.1m, WeightUnit.Kilograms), variant.Weight);
        Assert.Equal(new Dimensions(11m, 11m, 11m, LengthUnit.Centimetres), variant.Dimensions);
        Assert.Equal("-", variant.Barcode);
        Assert.Equal("-", variant.HsCode);
    }

    [Fact]
    public void An_item_without_models_is_its_own_variant_zero_with_the_item_price_weight_and_size()
    {
        var product = Mapper.Mapper.Map<CanonicalProduct>(new ShopeeCatalogItem(BaseInfo() with { HasModel = false }, null), o => o.Items[ShopeeMappingContext.Issues] = new List<MappingIssue>());

        var variant = Assert.Single(product.Variants);
        Assert.Equal("34002:0", variant.MarketplaceVariantId);
        Assert.Equal("-", variant.Sku);
        Assert.Equal(new Money(122.02m, "SGD"), variant.Price);
        Assert.Equal(new Weight(10.02m, WeightUnit.Kilograms), variant.Weight);
        Assert.Equal(new Dimensions(11m, 12m, 13m, LengthUnit.Centimetres), variant.Dimensions);
    }

    [Fact]
    public void The_base_info_example_s_stock_becomes_a_seller_row_and_a_shopee_warehouse_row()
    {
        var rows = new List<InventoryLevel>();

        ShopeeInventoryRows.Add(new ShopeeCatalogItem(BaseInfo() with { HasModel = false }, null), rows);

        Assert.Collection(
            rows,
            seller =>
            {
                Assert.Equal(("-", "-", LocationKind.OwnWarehouse, 10, 10), (seller.Sku, seller.LocationId, seller.LocationKind, seller.Available, seller.OnHand));
            },
            shopee => Assert.Equal(("-", LocationKind.MarketplaceFulfilled, 0), (shopee.LocationId, shopee.LocationKind, shopee.Available)));
    }

    [Fact]
    public void An_item_with_models_but_no_model_list_cannot_be_mapped()
    {
        var e = Assert.Throws<AutoMapper.AutoMapperMappingException>(() =>
            Mapper.Mapper.Map<CanonicalProduct>(new ShopeeCatalogItem(BaseInfo(), null), o => o.Items[ShopeeMappingContext.Issues] = new List<MappingIssue>()));

        Assert.IsType<MappingException>(e.InnerException);
    }

    [Theory]
    [InlineData("NORMAL", ListingStatus.Active)]
    [InlineData("UNLIST", ListingStatus.Inactive)]
    [InlineData("REVIEWING", ListingStatus.Draft)]
    [InlineData("BANNED", ListingStatus.Inactive)]
    [InlineData("SELLER_DELETE", ListingStatus.Archived)]
    [InlineData("SHOPEE_DELETE", ListingStatus.Archived)]
    public void Every_documented_item_status_has_a_listing_status(string status, ListingStatus expected) =>
        Assert.Equal(expected, ShopeeListingStatusTable.Resolve(status));

    [Fact]
    public void The_update_stock_example_gives_its_success_and_failure_lists()
    {
        var envelope = JsonSerializer.Deserialize(ShopeeFixtures.Read("v2.product.update_stock.response_example.json"), ShopeeJsonContext.Default.ShopeeEnvelopeShopeeUpdateStockResponse)!;

        Assert.Equal("-", Assert.Single(envelope.Response!.FailureList!).FailedReason);
        var success = Assert.Single(envelope.Response.SuccessList!);
        Assert.Equal(("-", 0L), (success.LocationId, success.Stock));
    }

    private static ShopeeItem BaseInfo() =>
        Assert.Single(JsonSerializer.Deserialize(ShopeeFixtures.Read("v2.product.get_item_base_info.response_example.json"), ShopeeJsonContext.Default.ShopeeEnvelopeShopeeItemBaseInfoResponse)!.Response!.ItemList!);

    private static ShopeeModelListResponse ModelList() =>
        JsonSerializer.Deserialize(ShopeeFixtures.Read("v2.product.get_model_list.response_example.repaired.json"), ShopeeJsonContext.Default.ShopeeEnvelopeShopeeModelListResponse)!.Response!;
}
