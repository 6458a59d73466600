using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using CrossBorderHub.Connectors.Shopify.Queries;

namespace CrossBorderHub.Bench;

/// <summary>
/// The Shopify client's primary handler for a hub answered from memory: each orders query gets the captured answer
/// for its cursor, so the connector, the pipeline and the database run as in a sync while no socket, web server or
/// sandbox does. A query the capture cannot answer fails the run rather than reaching the network.
/// </summary>
internal sealed class ReplayHandler(CapturedPages pages) : HttpMessageHandler
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        var variables = root.GetProperty("variables");
        if (root.GetProperty("query").GetString() != OrdersQuery.Document
            || variables.GetProperty("first").GetInt32() != pages.First
            || variables.GetProperty(OrdersQuery.LineItemsVariable).GetInt32() != pages.LineItems
            || (variables.TryGetProperty("query", out var filter) && filter.ValueKind != JsonValueKind.Null))
        {
            throw new InvalidOperationException("The connector sent a query other than the captured orders pages.");
        }

        var after = variables.TryGetProperty("after", out var cursor) && cursor.ValueKind == JsonValueKind.String ? cursor.GetString() : null;
        var answer = pages.Find(after)
            ?? throw new InvalidOperationException($"No captured page answers the cursor '{after}'.");
        var content = new ByteArrayContent(answer);
        content.Headers.ContentType = Json;
        return new HttpResponseMessage(HttpStatusCode.OK) { RequestMessage = request, Content = content };
    }
}
