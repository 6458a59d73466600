using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CrossBorderHub.Connectors.Shopify.Http;
using CrossBorderHub.Connectors.Shopify.Wire;
using Refit;

namespace CrossBorderHub.Connectors.Shopify;

/// <summary>
/// What one entity brings to the kit's pull loop: its query document with the connection field and nested page
/// variable it names, how to send it, where its connection sits in the answer and how one node deserializes.
/// <see cref="IdOrderedPages"/> marks a query whose pages come in id order, so a run in progress keeps its filter and
/// cursor in the checkpoint.
/// </summary>
internal sealed record ShopifyPull<TData, TWire>(
    string Entity,
    string Document,
    string ConnectionField,
    int First,
    string NestedPageVariable,
    int NestedPageSize,
    int RequestedCost,
    Func<ShopifyGraphQLRequest, ShopifyRequestContext, CancellationToken, Task<IApiResponse<ShopifyGraphQLResponse<TData>>>> Call,
    Func<TData, ShopifyConnection<JsonElement>?> Connection,
    JsonTypeInfo<TWire> Node)
    where TData : class
{
    public bool IdOrderedPages { get; init; }
}
