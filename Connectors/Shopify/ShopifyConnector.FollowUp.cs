using CrossBorderHub.Connectors.Shopify.Http;
using CrossBorderHub.Connectors.Shopify.Wire;
using CrossBorderHub.Mapping.Rules;

namespace CrossBorderHub.Connectors.Shopify;

internal sealed partial class ShopifyConnector
{
    /// <summary>
    /// Completes a nested connection that came with its parent: while the last page says there is more, asks for the
    /// next page by the parent's id and appends it, so the parent is read whole, in order, never truncated.
    /// </summary>
    private async Task<ShopifyConnection<TNode>> WithAllPagesAsync<TData, TNode>(
        ShopifyConnection<TNode> firstPage,
        string parentId,
        ShopifyFollowUp<TData, TNode> followUp,
        ShopifyRequestContext store,
        CancellationToken cancellationToken)
        where TData : class
    {
        var edges = new List<ShopifyEdge<TNode>>(firstPage.Edges);
        var pageInfo = firstPage.PageInfo;
        var context = store with { RequestedCost = followUp.RequestedCost };
        while (pageInfo.HasNextPage)
        {
            if (pageInfo.EndCursor is null)
            {
                throw new MappingException($"The {followUp.Parent} says it has more {followUp.Children} but gives no cursor to read them from.");
            }

            var request = new ShopifyGraphQLRequest(followUp.Document, new Dictionary<string, object?>
            {
                ["id"] = parentId,
                ["first"] = followUp.PageSize,
                ["after"] = pageInfo.EndCursor,
            });
            var data = await SendAsync(followUp.Call, request, context, cancellationToken);
            var page = followUp.Connection(data)
                ?? throw new MappingException($"The {followUp.Parent} vanished while its remaining {followUp.Children} were being read.");
            edges.AddRange(page.Edges);
            pageInfo = page.PageInfo;
        }

        return new ShopifyConnection<TNode>(edges, pageInfo);
    }
}
