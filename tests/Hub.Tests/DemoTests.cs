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
        JsonElement first;
        await using (var hub = new HubFactory(database, folder.Path, DemoOn))
        {
            first = Assert.Single(await StoresAsync(hub));
            var url = new Uri(first.GetProperty("baseUrl").GetString()!);
            Assert.Equal("127.0.0.1", url.Host);
            Assert.True(await ListensAsync(url), "The simulated store does not answer while the hub runs.");
        }

        var firstUrl = new Uri(first.GetProperty("baseUrl").GetString()!);
        Assert.False(await ListensAsync(firstUrl), "The simulated store still answers after the hub stopped.");

        await using var restarted = new HubFactory(database, folder.Path, DemoOn);
        var second = Assert.Single(await StoresAsync(restarted));

        Assert.Equal(first.GetProperty("id").GetGuid(), second.GetProperty("id").GetGuid());
        Assert.Equal(first.GetProperty("name").GetString(), second.GetProperty("name").GetString());
        Assert.True(await ListensAsync(new Uri(second.GetProperty("baseUrl").GetString()!)));
    }

    private static async Task<List<JsonElement>> StoresAsync(HubFactory hub) =>
        [.. (await hub.CreateClient(HubFactory.AdminKey).GetFromJsonAsync<JsonElement>("/api/v1/stores")).EnumerateArray()];

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
