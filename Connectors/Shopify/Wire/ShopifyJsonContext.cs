using System.Text.Json;
using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopify.Wire;

/// <summary>
/// Source-generated metadata for every Shopify wire shape, so neither Refit nor the per-node mapping reflects over
/// them at run time. Web defaults as before: names come from each JsonPropertyName, matching is case-insensitive.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ShopifyGraphQLRequest))]
[JsonSerializable(typeof(ShopifyGraphQLResponse<ShopifyOrdersData>))]
[JsonSerializable(typeof(ShopifyGraphQLResponse<ShopifyOrderData>))]
[JsonSerializable(typeof(ShopifyGraphQLResponse<ShopifyProductsData>))]
[JsonSerializable(typeof(ShopifyGraphQLResponse<ShopifyProductData>))]
[JsonSerializable(typeof(ShopifyGraphQLResponse<ShopifyInventoryItemsData>))]
[JsonSerializable(typeof(ShopifyGraphQLResponse<ShopifyInventoryItemData>))]
[JsonSerializable(typeof(ShopifyGraphQLResponse<ShopifyFulfillmentOrdersData>))]
[JsonSerializable(typeof(ShopifyGraphQLResponse<ShopifyStockItemsData>))]
[JsonSerializable(typeof(ShopifyGraphQLResponse<ShopifyFulfillmentCreateData>))]
[JsonSerializable(typeof(ShopifyGraphQLResponse<ShopifyInventorySetQuantitiesData>))]
[JsonSerializable(typeof(ShopifyFulfillmentInput))]
[JsonSerializable(typeof(ShopifyInventorySetQuantitiesInput))]
[JsonSerializable(typeof(ShopifyGraphQLResponse<ShopifyBulkRunData>))]
[JsonSerializable(typeof(ShopifyGraphQLResponse<ShopifyBulkOperationData>))]
[JsonSerializable(typeof(ShopifyGraphQLResponse<ShopifyShopData>))]
[JsonSerializable(typeof(ShopifyAccessTokenRequest))]
[JsonSerializable(typeof(ShopifyAccessTokenResponse))]
[JsonSerializable(typeof(ShopifyOAuthError))]
[JsonSerializable(typeof(ShopifyOrder))]
[JsonSerializable(typeof(ShopifyProduct))]
[JsonSerializable(typeof(ShopifyInventoryItem))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(bool))]
internal sealed partial class ShopifyJsonContext : JsonSerializerContext;
