using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopee.Wire;

/// <summary>One item as the catalog and inventory pulls read it: its base info and, for an item with models, its model list.</summary>
internal sealed record ShopeeCatalogItem(
    [property: JsonPropertyName("item")] ShopeeItem Item,
    [property: JsonPropertyName("models")] ShopeeModelListResponse? Models);
