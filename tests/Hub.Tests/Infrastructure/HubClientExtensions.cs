using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CrossBorderHub.Connectors.Shopify.Sandbox;

namespace CrossBorderHub.Hub.Tests.Infrastructure;

/// <summary>What an admin and an ERP client do over HTTP, in the words of the tests.</summary>
public static class HubClientExtensions
{
    private static readonly TimeSpan RunDeadline = TimeSpan.FromSeconds(90);

    public static async Task<Guid> ConnectSandboxStoreAsync(this HttpClient admin, ShopifySandbox sandbox, string name, string? accessToken = null)
    {
        var response = await admin.PostAsJsonAsync("/api/v1/stores", new
        {
            marketplace = "shopify",
            name,
            settings = new Dictionary<string, string> { ["shopDomain"] = sandbox.Options.ShopDomain },
            credentials = new Dictionary<string, string> { ["accessToken"] = accessToken ?? sandbox.Options.AccessToken },
            baseUrl = sandbox.Url,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public static async Task<Guid> StartSyncAsync(this HttpClient admin, Guid storeId, string entity)
    {
        var response = await admin.PostAsync(new Uri($"/api/v1/stores/{storeId}/sync?entity={entity}", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("runId").GetGuid();
    }

    /// <summary>Polls the run until it has finished (a condition, not a guess at how long it takes).</summary>
    public static async Task<JsonElement> WaitForRunAsync(this HttpClient client, Guid runId)
    {
        using var deadline = new CancellationTokenSource(RunDeadline);
        while (true)
        {
            var run = await client.GetFromJsonAsync<JsonElement>($"/api/v1/sync-runs/{runId}", deadline.Token);
            var status = run.GetProperty("status").GetString();
            if (status is "Succeeded" or "Failed" or "Interrupted")
            {
                return run;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50), deadline.Token);
        }
    }

    /// <summary>Polls the run until it is no longer Queued (started, or already over).</summary>
    public static async Task WaitForRunToLeaveQueueAsync(this HttpClient client, Guid runId)
    {
        using var deadline = new CancellationTokenSource(RunDeadline);
        while ((await client.GetFromJsonAsync<JsonElement>($"/api/v1/sync-runs/{runId}", deadline.Token)).GetProperty("status").GetString() == "Queued")
        {
            await Task.Delay(TimeSpan.FromMilliseconds(20), deadline.Token);
        }
    }

    public static async Task<JsonElement> SyncAsync(this HttpClient admin, Guid storeId, string entity)
    {
        var run = await admin.WaitForRunAsync(await admin.StartSyncAsync(storeId, entity));
        Assert.True(run.GetProperty("status").GetString() == "Succeeded", run.ToString());
        return run;
    }

    /// <summary>Follows <c>next</c> until a page comes back empty, as an ERP does.</summary>
    public static async Task<(List<JsonElement> Items, string Next)> ReadFeedAsync(this HttpClient erp, string feed, Guid storeId, string? after = null, int limit = 100)
    {
        var items = new List<JsonElement>();
        var cursor = after;
        while (true)
        {
            var url = $"/api/v1/{feed}?storeId={storeId}&limit={limit}" + (cursor is null ? "" : $"&after={cursor}");
            var page = await erp.GetFromJsonAsync<JsonElement>(url);
            var pageItems = page.GetProperty("items").EnumerateArray().ToList();
            cursor = page.GetProperty("next").GetString();
            if (pageItems.Count == 0)
            {
                return (items, cursor!);
            }

            items.AddRange(pageItems);
        }
    }
}
