using CrossBorderHub.Connectors.Shopify.Http;
using CrossBorderHub.Mapping.Ports;

namespace CrossBorderHub.Connectors.Shopify;

/// <summary>Maps one deserialized node of a page, appending the canonical rows and issues it yields.</summary>
internal delegate ValueTask ShopifyRecordMapper<in TWire, TCanonical>(
    TWire record, ShopifyRequestContext store, List<TCanonical> items, List<MappingIssue> issues, CancellationToken cancellationToken);
