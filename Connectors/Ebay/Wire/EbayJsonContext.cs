using System.Text.Json;
using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Ebay.Wire;

/// <summary>Source-generated metadata for the eBay wire shapes. Web defaults: eBay's camelCase names, case-insensitive reads.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(EbayOrderSearchPagedCollection))]
[JsonSerializable(typeof(EbayOrder))]
[JsonSerializable(typeof(EbayErrorResponse))]
[JsonSerializable(typeof(EbayTokenResponse))]
[JsonSerializable(typeof(EbayOAuthError))]
[JsonSerializable(typeof(EbayUserResponse))]
[JsonSerializable(typeof(EbayShippingFulfillmentDetails))]
[JsonSerializable(typeof(EbayShippingFulfillmentPagedCollection))]
[JsonSerializable(typeof(EbayInventoryItems))]
[JsonSerializable(typeof(EbaySweepCheckpoint))]
[JsonSerializable(typeof(EbayRateLimitsResponse))]
[JsonSerializable(typeof(EbayInventoryItem))]
[JsonSerializable(typeof(EbayOffers))]
[JsonSerializable(typeof(EbayBulkPriceQuantity))]
[JsonSerializable(typeof(EbayBulkPriceQuantityResponse))]
[JsonSerializable(typeof(Dictionary<string, string>))]
[JsonSerializable(typeof(string))]
internal sealed partial class EbayJsonContext : JsonSerializerContext;
