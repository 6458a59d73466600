using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopify.Bulk;

[JsonSerializable(typeof(ShopifyBulkCheckpoint))]
internal sealed partial class ShopifyBulkJsonContext : JsonSerializerContext;
