using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CrossBorderHub.Hub.Tests.Infrastructure;

namespace CrossBorderHub.Hub.Tests.Stores;

/// <summary>A hub with Connectors:AllowCustomHosts off, as in production. Only loopback addresses appear here.</summary>
public sealed class CustomHostTests
{
    [Fact]
    public async Task Without_custom_hosts_a_store_naming_its_own_host_is_a_400_naming_baseUrl()
    {
        using var folder = new TempFolder();
        await using var factory = new HubFactory(
            DatabaseUnderTest.Sqlite(folder.Path),
            folder.Path,
            new Dictionary<string, string?> { ["Connectors:AllowCustomHosts"] = "false" });
        var admin = factory.CreateClient(HubFactory.AdminKey);
        var store = new Dictionary<string, object?>
        {
            ["marketplace"] = "shopify",
            ["name"] = "Official hosts only",
            ["settings"] = new { shopDomain = "official.myshopify.com" },
            ["credentials"] = new { accessToken = "t" },
        };

        var withHost = await admin.PostAsJsonAsync("/api/v1/stores", new Dictionary<string, object?>(store) { ["baseUrl"] = "http://127.0.0.1:9/" });
        var withAuthHost = await admin.PostAsJsonAsync("/api/v1/stores", new Dictionary<string, object?>(store) { ["authUrl"] = "http://127.0.0.1:9/" });
        var official = await admin.PostAsJsonAsync("/api/v1/stores", store);
        var id = (await official.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var edit = await admin.PatchAsJsonAsync($"/api/v1/stores/{id}", new { baseUrl = "http://127.0.0.2:9/" });

        Assert.Equal(HttpStatusCode.BadRequest, withHost.StatusCode);
        Assert.True((await withHost.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("baseUrl", out _));
        Assert.True((await withAuthHost.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("authUrl", out _));
        Assert.Equal(HttpStatusCode.Created, official.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, edit.StatusCode);
        Assert.True((await edit.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("baseUrl", out _));
    }
}
