using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopee.Wire;

/// <summary>Source-generated metadata for the Shopee wire shapes (names from each JsonPropertyName).</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ShopeeEnvelope<ShopeeOrderListResponse>))]
[JsonSerializable(typeof(ShopeeEnvelope<ShopeeOrderDetailResponse>))]
[JsonSerializable(typeof(ShopeeEnvelope<ShopeeShippingParameterResponse>))]
[JsonSerializable(typeof(ShopeeEnvelope<ShopeeNoResponse>))]
[JsonSerializable(typeof(ShopeeEnvelope<ShopeeTrackingNumberResponse>))]
[JsonSerializable(typeof(ShopeeShipOrderRequest))]
[JsonSerializable(typeof(ShopeeRefreshTokenRequest))]
[JsonSerializable(typeof(ShopeeTokenResponse))]
[JsonSerializable(typeof(ShopeeOrder))]
[JsonSerializable(typeof(ShopeeEnvelope<ShopeeItemListResponse>))]
[JsonSerializable(typeof(ShopeeEnvelope<ShopeeItemBaseInfoResponse>))]
[JsonSerializable(typeof(ShopeeEnvelope<ShopeeModelListResponse>))]
[JsonSerializable(typeof(ShopeeEnvelope<ShopeeUpdateStockResponse>))]
[JsonSerializable(typeof(ShopeeUpdateStockRequest))]
[JsonSerializable(typeof(ShopeeGetAccessTokenRequest))]
[JsonSerializable(typeof(ShopeeCatalogItem))]
[JsonSerializable(typeof(ShopeeShopInfoResponse))]
internal sealed partial class ShopeeJsonContext : JsonSerializerContext;
