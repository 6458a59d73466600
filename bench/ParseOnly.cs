using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using CrossBorderHub.Connectors.Shopify;
using CrossBorderHub.Connectors.Shopify.Queries;
using CrossBorderHub.Connectors.Shopify.Sandbox;
using CrossBorderHub.Connectors.Shopify.Wire;

namespace CrossBorderHub.Bench;

/// <summary>
/// The floor for ingest: the same order pages the connector asks for, fetched untimed, then only parsed with
/// System.Text.Json into the wire records (no mapping, no database). Given a <see cref="CapturedPages"/>, it keeps
/// each answer's bytes, untimed, for a hub answered from memory.
/// </summary>
internal static class ParseOnly
{
    public static async Task<(int Orders, int Pages, TimeSpan ParseTime, TimeSpan Total, long Bytes)> RunAsync(
        ShopifySandbox sandbox, ShopifyOptions options, CapturedPages? capture = null)
    {
        using var http = new HttpClient { BaseAddress = sandbox.Url };
        http.DefaultRequestHeaders.Add(ShopifyConstants.AccessTokenHeader, sandbox.Options.AccessToken);
        var lineItems = options.OrderLineItemsPageSize;
        var first = OrdersQuery.PageSize(options.MaxOrdersPageSize, lineItems);
        capture?.Expect(first, lineItems);
        var web = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        var parse = new Stopwatch();
        var total = Stopwatch.StartNew();
        long bytesRead = 0;
        string? after = null;
        var orders = 0;
        var pages = 0;
        while (true)
        {
            var body = new { query = OrdersQuery.Document, variables = new Dictionary<string, object?> { ["first"] = first, ["after"] = after, ["query"] = null, [OrdersQuery.LineItemsVariable] = lineItems } };
            using var response = await http.PostAsJsonAsync(new Uri(ShopifyConstants.GraphQLPath.TrimStart('/'), UriKind.Relative), body);
            response.EnsureSuccessStatusCode();
            var bytes = await response.Content.ReadAsByteArrayAsync();
            bytesRead += bytes.Length;
            capture?.Add(after, bytes);

            parse.Start();
            using var document = JsonDocument.Parse(bytes);
            var connection = document.RootElement.GetProperty("data").GetProperty("orders");
            foreach (var edge in connection.GetProperty("edges").EnumerateArray())
            {
                _ = edge.GetProperty("node").Deserialize<ShopifyOrder>(web);
                orders++;
            }

            var pageInfo = connection.GetProperty("pageInfo");
            var more = pageInfo.GetProperty("hasNextPage").GetBoolean();
            after = more ? pageInfo.GetProperty("endCursor").GetString() : null;
            parse.Stop();
            pages++;
            if (after is null)
            {
                return (orders, pages, parse.Elapsed, total.Elapsed, bytesRead);
            }
        }
    }
}
