using System.Text.Json.Serialization.Metadata;
using CrossBorderHub.Connectors.Shopify.Http;

namespace CrossBorderHub.Connectors.Shopify.Bulk;

/// <summary>
/// What one entity brings to a bulk backfill: the bulk query, the nested connection its child lines belong to, how
/// a reassembled parent deserializes, and the record mapper (read once per run: e.g. the shop currency).
/// </summary>
internal sealed record ShopifyBulkPull<TWire, TCanonical>(
    string Entity,
    string Query,
    string Children,
    JsonTypeInfo<TWire> Node,
    Func<ShopifyRequestContext, CancellationToken, Task<ShopifyRecordMapper<TWire, TCanonical>>> MapperFor)
    where TWire : class;
