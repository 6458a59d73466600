using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CrossBorderHub.Hub.Tests.Infrastructure;

namespace CrossBorderHub.Hub.Tests.Stores;

/// <summary>Editing, pausing, removing and purging stores over HTTP, on whichever database the fixture runs.</summary>
public abstract class StoreLifecycleScenarios(HubFixture hub)
{
    protected async Task Pausing_stops_syncs_and_resuming_starts_them_again()
    {
        using var sandbox = Sandboxes.Shopify(orders: 5, seed: 31);
        var storeId = await hub.Admin.ConnectSandboxStoreAsync(sandbox, $"Pausable {Guid.NewGuid():N}");

        var paused = await PatchAsync(storeId, new { paused = true });
        var refusedSync = await hub.Admin.PostAsync(new Uri($"/api/v1/stores/{storeId}/sync?entity=orders", UriKind.Relative), null);
        var resumed = await PatchAsync(storeId, new { paused = false });
        await hub.Admin.SyncAsync(storeId, "orders");

        Assert.Equal("Paused", paused.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, refusedSync.StatusCode);
        Assert.Equal("Active", resumed.GetProperty("status").GetString());
        Assert.Equal(5, (await hub.Erp.ReadFeedAsync("orders", storeId)).Items.Count);
    }

    protected async Task A_removed_store_keeps_its_data_readable_until_purged()
    {
        using var sandbox = Sandboxes.Shopify(orders: 7, seed: 32);
        var storeId = await hub.Admin.ConnectSandboxStoreAsync(sandbox, $"Removable {Guid.NewGuid():N}");
        await hub.Admin.SyncAsync(storeId, "orders");
        await hub.Admin.SyncAsync(storeId, "inventory");

        var removed = await hub.Admin.DeleteAsync(new Uri($"/api/v1/stores/{storeId}", UriKind.Relative));
        var store = await hub.Erp.GetFromJsonAsync<JsonElement>($"/api/v1/stores/{storeId}");
        var ordersAfterRemove = (await hub.Erp.ReadFeedAsync("orders", storeId)).Items.Count;
        var syncAfterRemove = await hub.Admin.PostAsync(new Uri($"/api/v1/stores/{storeId}/sync?entity=orders", UriKind.Relative), null);
        var editAfterRemove = await hub.Admin.PatchAsJsonAsync($"/api/v1/stores/{storeId}", new { name = "Back" });

        var purged = await hub.Admin.DeleteAsync(new Uri($"/api/v1/stores/{storeId}?purge=true", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        Assert.Equal("Removed", store.GetProperty("status").GetString());
        Assert.Equal(7, ordersAfterRemove);
        Assert.Equal(HttpStatusCode.Conflict, syncAfterRemove.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, editAfterRemove.StatusCode);
        Assert.Equal(HttpStatusCode.OK, purged.StatusCode);
        Assert.True((await purged.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("purged").GetBoolean());
        Assert.Equal(HttpStatusCode.NotFound, (await hub.Erp.GetAsync(new Uri($"/api/v1/stores/{storeId}", UriKind.Relative))).StatusCode);
        // An ERP key names only its tenant's stores; a purged one is no longer among them.
        Assert.Equal(HttpStatusCode.NotFound, (await hub.Erp.GetAsync(new Uri($"/api/v1/orders?storeId={storeId}", UriKind.Relative))).StatusCode);
        Assert.Empty((await hub.Admin.ReadFeedAsync("orders", storeId)).Items);
        Assert.Empty((await hub.Admin.ReadFeedAsync("inventory", storeId)).Items);
        Assert.Empty((await hub.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/sync-runs?storeId={storeId}")).EnumerateArray());
    }

    protected async Task An_edit_is_validated_like_a_new_store()
    {
        using var sandbox = Sandboxes.Shopify(orders: 1, seed: 33);
        var name = $"Editable {Guid.NewGuid():N}";
        var storeId = await hub.Admin.ConnectSandboxStoreAsync(sandbox, name);
        var otherName = $"Other {Guid.NewGuid():N}";
        await hub.Admin.ConnectSandboxStoreAsync(sandbox, otherName);

        var badDomain = await hub.Admin.PatchAsJsonAsync($"/api/v1/stores/{storeId}", new { settings = new { shopDomain = "https://evil.example/x" } });
        var emptyToken = await hub.Admin.PatchAsJsonAsync($"/api/v1/stores/{storeId}", new { credentials = new { accessToken = "" } });
        var taken = await hub.Admin.PatchAsJsonAsync($"/api/v1/stores/{storeId}", new { name = otherName });
        var renamed = await PatchAsync(storeId, new { name = name + " renamed", settings = new { shopDomain = "renamed.myshopify.com" } });

        Assert.True((await ErrorsAsync(badDomain)).TryGetProperty("settings.shopDomain", out _));
        Assert.True((await ErrorsAsync(emptyToken)).TryGetProperty("credentials.accessToken", out _));
        Assert.Equal(HttpStatusCode.Conflict, taken.StatusCode);
        Assert.Equal(name + " renamed", renamed.GetProperty("name").GetString());
        Assert.Equal("renamed.myshopify.com", renamed.GetProperty("settings").GetProperty("shopDomain").GetString());
    }

    private static async Task<JsonElement> ErrorsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
    }

    private async Task<JsonElement> PatchAsync(Guid storeId, object body)
    {
        var response = await hub.Admin.PatchAsJsonAsync($"/api/v1/stores/{storeId}", body);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
