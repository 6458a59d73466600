using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CrossBorderHub.Connectors.Shopify.Sandbox;

namespace CrossBorderHub.Dashboard.Tests.Infrastructure;

/// <summary>Arranging through the hub's own API: connect sandbox stores, start syncs and wait for them.</summary>
public static class HubApi
{
    public static async Task<Guid> ConnectAsync(this HttpClient admin, ShopifySandbox sandbox, string name, string? accessToken = null)
    {
        var response = await admin.PostAsJsonAsync("/api/v1/stores", new
        {
            marketplace = "shopify",
            name,
            settings = new { shopDomain = sandbox.Options.ShopDomain },
            credentials = new { accessToken = accessToken ?? sandbox.Options.AccessToken },
            baseUrl = sandbox.Url,
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public static async Task<JsonElement> SyncAsync(this HttpClient admin, Guid storeId, string entity)
    {
        var response = await admin.PostAsync(new Uri($"/api/v1/stores/{storeId}/sync?entity={entity}", UriKind.Relative), null);
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        var runId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("runId").GetGuid();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            var run = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/sync-runs/{runId}", deadline.Token);
            if (run.GetProperty("status").GetString() is "Succeeded" or "Failed")
            {
                return run;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), deadline.Token);
        }
    }

    public static async Task<string?> StatusAsync(this HttpClient admin, Guid storeId) =>
        (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/stores/{storeId}")).GetProperty("status").GetString();
}
