using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopify.Wire;

/// <summary>
/// One connection node, deserialized as the page is read, plus where its JSON sits in the page body
/// (<see cref="Start"/>, <see cref="Length"/>) for quarantine. <see cref="Record"/> is null when the node is JSON null
/// or could not be deserialized; the paging loop then reads the slice again to report why.
/// </summary>
[JsonConverter(typeof(ShopifyNodeConverterFactory))]
internal readonly record struct ShopifyNode<TRecord>(TRecord? Record, int Start, int Length)
    where TRecord : class;
