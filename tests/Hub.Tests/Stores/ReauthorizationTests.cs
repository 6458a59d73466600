using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CrossBorderHub.Connectors;
using CrossBorderHub.Hub.Tests.Infrastructure;

namespace CrossBorderHub.Hub.Tests.Stores;

public sealed class ReauthorizationTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Refused_credentials_are_never_retried_and_mark_the_store_needs_reauthorization_while_outages_are_retried()
    {
        using var folder = new TempFolder();
        await using var factory = new HubFactory(
            DatabaseUnderTest.Sqlite(folder.Path),
            folder.Path,
            new Dictionary<string, string?> { ["Sync:RunRetries"] = "2", ["Sync:RunRetryDelay"] = "00:00:00.020" },
            services => services.AddMarketplaceConnector<FailingConnector>());
        var admin = factory.CreateClient(HubFactory.AdminKey);
        var refused = await ConnectAsync(admin, "Refused", MarketplaceFailureKind.AuthorizationRefused);
        var rejected = await ConnectAsync(admin, "Rejected", MarketplaceFailureKind.Rejected);
        var unavailable = await ConnectAsync(admin, "Unavailable", MarketplaceFailureKind.Unavailable);

        foreach (var store in new[] { refused, rejected, unavailable })
        {
            await admin.StartSyncAsync(store, "orders");
        }

        // The outage's two retries (20 ms, then 40 ms) finishing means any retry of the others would have run by now too.
        await WaitUntilAsync(async () => (await FinishedRunsAsync(admin, unavailable)) == 3);
        var status = await WaitForStatusAsync(admin, refused, "NeedsReauthorization");

        Assert.Equal(1, await RunsAsync(admin, refused));
        Assert.Equal(1, await RunsAsync(admin, rejected));
        Assert.Contains("The marketplace says no (AuthorizationRefused)", status.GetProperty("statusReason").GetString(), StringComparison.Ordinal);
        Assert.Equal("Active", (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/stores/{rejected}")).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsync(new Uri($"/api/v1/stores/{refused}/sync?entity=orders", UriKind.Relative), null)).StatusCode);

        var reauthorized = await admin.PatchAsJsonAsync($"/api/v1/stores/{refused}", new { credentials = new { token = "new" } });
        Assert.Equal("Active", (await reauthorized.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_store_needing_reauthorization_drops_off_the_schedule_and_stays_off_after_a_restart()
    {
        using var folder = new TempFolder();
        var database = DatabaseUnderTest.Sqlite(folder.Path);
        var scheduled = new Dictionary<string, string?> { ["Sync:ScheduleEnabled"] = "true", ["Sync:OrdersInterval"] = "00:00:01" };
        Guid refused;
        Guid unavailable;
        await using (var first = new HubFactory(database, folder.Path, scheduled, services => services.AddMarketplaceConnector<FailingConnector>()))
        {
            var admin = first.CreateClient(HubFactory.AdminKey);
            refused = await ConnectAsync(admin, "Refused on schedule", MarketplaceFailureKind.AuthorizationRefused);
            unavailable = await ConnectAsync(admin, "Down on schedule", MarketplaceFailureKind.Unavailable);

            // The outage store's schedule keeps firing every second; the refused store's stops after its first run.
            await WaitUntilAsync(async () => (await FinishedRunsAsync(admin, unavailable)) >= 3);
            await WaitForStatusAsync(admin, refused, "NeedsReauthorization");
            Assert.Equal(1, await RunsAsync(admin, refused));
        }

        await using var second = new HubFactory(database, folder.Path, scheduled, services => services.AddMarketplaceConnector<FailingConnector>());
        var client = second.CreateClient(HubFactory.AdminKey);
        var before = await RunsAsync(client, unavailable);
        await WaitUntilAsync(async () => (await FinishedRunsAsync(client, unavailable)) >= before + 2);

        Assert.Equal(1, await RunsAsync(client, refused));
    }

    [Fact]
    public async Task A_store_whose_credentials_cannot_be_decrypted_needs_reauthorization_while_the_hub_serves_the_others()
    {
        using var folder = new TempFolder();
        using var sandbox = Sandboxes.Shopify(orders: 4, seed: 41);
        var database = DatabaseUnderTest.Sqlite(folder.Path);
        Guid lost;
        await using (var first = new HubFactory(database, folder.Path))
        {
            lost = await first.CreateClient(HubFactory.AdminKey).ConnectSandboxStoreAsync(sandbox, "Keys lost");
        }

        await using var second = new HubFactory(
            database,
            folder.Path,
            new Dictionary<string, string?> { ["DataProtection:KeysPath"] = Path.Combine(folder.Path, "fresh-keys") });
        var admin = second.CreateClient(HubFactory.AdminKey);
        var other = await admin.ConnectSandboxStoreAsync(sandbox, "Connected after the restart");

        var failed = await admin.WaitForRunAsync(await admin.StartSyncAsync(lost, "orders"));
        var status = await WaitForStatusAsync(admin, lost, "NeedsReauthorization");
        await admin.SyncAsync(other, "orders");

        Assert.Equal("Failed", failed.GetProperty("status").GetString());
        Assert.Contains("cannot be decrypted", status.GetProperty("statusReason").GetString(), StringComparison.Ordinal);
        Assert.Equal(4, (await admin.ReadFeedAsync("orders", other)).Items.Count);

        var patched = await admin.PatchAsJsonAsync($"/api/v1/stores/{lost}", new { credentials = new { accessToken = sandbox.Options.AccessToken } });
        Assert.Equal("Active", (await patched.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        await admin.SyncAsync(lost, "orders");
        Assert.Equal(4, (await admin.ReadFeedAsync("orders", lost)).Items.Count);
    }

    private static async Task<Guid> ConnectAsync(HttpClient admin, string name, MarketplaceFailureKind failWith)
    {
        var response = await admin.PostAsJsonAsync("/api/v1/stores", new
        {
            marketplace = FailingConnector.Key,
            name,
            settings = new { failWith = failWith.ToString() },
            credentials = new { token = "t" },
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static async Task<int> FinishedRunsAsync(HttpClient admin, Guid storeId) =>
        (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/sync-runs?storeId={storeId}"))
            .EnumerateArray().Count(r => r.GetProperty("status").GetString() is "Failed" or "Succeeded");

    /// <summary>Every run, queued ones included: a retry is queued the moment its failed run ends.</summary>
    private static async Task<int> RunsAsync(HttpClient admin, Guid storeId) =>
        (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/sync-runs?storeId={storeId}")).GetArrayLength();

    private static async Task<JsonElement> WaitForStatusAsync(HttpClient admin, Guid storeId, string status)
    {
        JsonElement store = default;
        await WaitUntilAsync(async () =>
        {
            store = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/stores/{storeId}");
            return store.GetProperty("status").GetString() == status;
        });
        return store;
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        using var deadline = new CancellationTokenSource(Deadline);
        while (!await condition())
        {
            await Task.Delay(TimeSpan.FromMilliseconds(25), deadline.Token);
        }
    }
}
