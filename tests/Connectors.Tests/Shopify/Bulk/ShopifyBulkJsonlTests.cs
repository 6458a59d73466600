using System.Text;
using System.Text.Json;
using CrossBorderHub.Connectors.Shopify.Bulk;

namespace CrossBorderHub.Connectors.Tests.Shopify.Bulk;

public sealed class ShopifyBulkJsonlTests
{
    [Fact]
    public async Task Child_lines_are_folded_into_their_parent_as_a_last_page_of_its_connection()
    {
        var records = await ReadAsync(
            """{"id":"gid://shopify/Order/1","name":"#1"}""",
            """{"id":"gid://shopify/LineItem/10","__parentId":"gid://shopify/Order/1"}""",
            """{"id":"gid://shopify/LineItem/11","__parentId":"gid://shopify/Order/1"}""",
            """{"id":"gid://shopify/Order/2","name":"#2"}""");

        Assert.Equal(2, records.Count);
        Assert.All(records, r => Assert.Null(r.Defect));
        var lines = records[0].Node.GetProperty("lineItems");
        Assert.Equal(["gid://shopify/LineItem/10", "gid://shopify/LineItem/11"], lines.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()));
        Assert.False(lines.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Empty(records[1].Node.GetProperty("lineItems").GetProperty("edges").EnumerateArray());
    }

    [Fact]
    public async Task Children_of_another_parent_spoil_the_parent_they_follow()
    {
        var records = await ReadAsync(
            """{"id":"gid://shopify/Order/1"}""",
            """{"id":"gid://shopify/Order/2"}""",
            """{"id":"gid://shopify/LineItem/10","__parentId":"gid://shopify/Order/1"}""");

        Assert.Null(records[0].Defect);
        Assert.Contains("child of gid://shopify/Order/1 but follows gid://shopify/Order/2", records[1].Defect, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_line_that_is_not_json_is_kept_as_it_came_and_marked()
    {
        var records = await ReadAsync(
            """{"id":"gid://shopify/Order/1"}""",
            """{"id":"gid://shopify/Order/2","name":""",
            """{"id":"gid://shopify/Order/3"}""");

        Assert.Equal(3, records.Count);
        Assert.Contains("line 2 is not JSON", records[1].Defect, StringComparison.Ordinal);
        Assert.Equal("""{"id":"gid://shopify/Order/2","name":""", records[1].Payload);
        Assert.Null(records[2].Defect);
    }

    private static async Task<List<ShopifyBulkRecord>> ReadAsync(params string[] lines)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n"));
        var records = new List<ShopifyBulkRecord>();
        await foreach (var record in ShopifyBulkJsonl.ReadAsync(stream, "lineItems", CancellationToken.None))
        {
            records.Add(record);
        }

        return records;
    }
}
