using System.Text.Json;
using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.TikTokShop.Wire;

/// <summary>Source-generated metadata for the TikTok Shop wire shapes; names come from each JsonPropertyName.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(TikTokEnvelope<TikTokOrderSearchData>))]
[JsonSerializable(typeof(TikTokEnvelope<TikTokTokenData>))]
[JsonSerializable(typeof(TikTokEnvelope<TikTokOrderDetailData>))]
[JsonSerializable(typeof(TikTokEnvelope<TikTokEmptyData>))]
[JsonSerializable(typeof(TikTokEnvelope<TikTokAuthorizedShopsData>))]
[JsonSerializable(typeof(TikTokEnvelope<TikTokProductSearchData>))]
[JsonSerializable(typeof(TikTokEnvelope<TikTokProduct>))]
[JsonSerializable(typeof(TikTokEnvelope<TikTokInventorySearchData>))]
[JsonSerializable(typeof(TikTokEnvelope<TikTokInventoryUpdateData>))]
[JsonSerializable(typeof(TikTokProductSearchRequest))]
[JsonSerializable(typeof(TikTokInventorySearchRequest))]
[JsonSerializable(typeof(TikTokInventoryUpdateRequest))]
[JsonSerializable(typeof(TikTokProductInventory))]
[JsonSerializable(typeof(TikTokOrderSearchRequest))]
[JsonSerializable(typeof(TikTokShipPackageRequest))]
[JsonSerializable(typeof(TikTokOrder))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(bool))]
internal sealed partial class TikTokShopJsonContext : JsonSerializerContext;
