using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using CrossBorderHub.Hub.Tests.Infrastructure;

namespace CrossBorderHub.Hub.Tests;

public sealed class DemoTests
{
    private static readonly Dictionary<string, string?> DemoOn = new() { ["Demo:Enabled"] = "true" };

    [Fact]
    public async Task The_demo_connects_each_simulated_store_once_and_repoints_it_at_the_next_start()
    {
        using var folder = new TempFolder();
        var database = DatabaseUnderTest.Sqlite(folder.Path);
        List<JsonElement> first;
        await using (var hub = new HubFactory(database, folder.Path, DemoOn))
        {
            first = await StoresAsync(hub);
            Assert.Equal(first.Count, first.Select(s => s.GetProperty("marketplace").GetString()).Distinct().Count());
            Assert.Contains(first, s => s.GetProperty("marketplace").GetString() == "ebay");
            foreach (var store in first)
            {
                var url = new Uri(store.GetProperty("baseUrl").GetString()!);
                Assert.Equal("127.0.0.1", url.Host);
                Assert.True(await ListensAsync(url), "The simulated store does not answer while the hub runs.");
            }
        }

        foreach (var store in first)
        {
            Assert.True(await StopsListeningAsync(new Uri(store.GetProperty("baseUrl").GetString()!)), "The simulated store still answers after the hub stopped.");
        }

        await using var restarted = new HubFactory(database, folder.Path, DemoOn);
        var second = await StoresAsync(restarted);

        Assert.Equal(first.Count, second.Count);
        foreach (var store in first)
        {
            var again = Assert.Single(second, s => s.GetProperty("id").GetGuid() == store.GetProperty("id").GetGuid());
            Assert.Equal(store.GetProperty("name").GetString(), again.GetProperty("name").GetString());
            Assert.True(await ListensAsync(new Uri(again.GetProperty("baseUrl").GetString()!)));
        }
    }

    [Theory]
    [InlineData("tiktokshop", "^5764[0-9]+$")]
    [InlineData("amazon", "^[0-9]{3}-[0-9]{7}-[0-9]{7}$")]
    [InlineData("ebay", "^[0-9]{2}-[0-9]{5}-[0-9]{5}$")]
    [InlineData("shopee", "^[0-9A-Z]{14}$")]
    public async Task A_demo_stores_orders_reach_the_erp_feed(string marketplace, string orderIdPattern)
    {
        using var folder = new TempFolder();
        await using var hub = new HubFactory(DatabaseUnderTest.Sqlite(folder.Path), folder.Path, DemoOn);
        var store = Assert.Single(await StoresAsync(hub), s => s.GetProperty("marketplace").GetString() == marketplace);
        var storeId = store.GetProperty("id").GetGuid();

        var run = await hub.CreateClient(HubFactory.AdminKey).SyncAsync(storeId, "orders");
        var (orders, _) = await hub.CreateClient(HubFactory.ErpKey).ReadFeedAsync("orders", storeId);

        Assert.True(run.GetProperty("upserted").GetInt32() > 0, run.ToString());
        Assert.NotEmpty(orders);
        Assert.All(orders, o => Assert.Matches(orderIdPattern, o.GetProperty("marketplaceOrderId").GetString()));
    }

    /// <summary>The demo's stores in a stable order (one per simulated marketplace).</summary>
    private static async Task<List<JsonElement>> StoresAsync(HubFactory hub) =>
        [.. (await hub.CreateClient(HubFactory.AdminKey).GetFromJsonAsync<JsonElement>("/api/v1/stores")).EnumerateArray()
            .OrderBy(s => s.GetProperty("marketplace").GetString(), StringComparer.Ordinal)];

    /// <summary>A server's listener may close a moment after its host stopped; waits on that, up to a deadline.</summary>
    private static async Task<bool> StopsListeningAsync(Uri url)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        while (await ListensAsync(url))
        {
            if (deadline.IsCancellationRequested)
            {
                return false;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50), CancellationToken.None);
        }

        return true;
    }

    private static async Task<bool> ListensAsync(Uri url)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(url.Host, url.Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
