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
[JsonSerializable(typeof(TikTokOrderSearchRequest))]
[JsonSerializable(typeof(TikTokShipPackageRequest))]
[JsonSerializable(typeof(TikTokOrder))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(bool))]
internal sealed partial class TikTokShopJsonContext : JsonSerializerContext;
