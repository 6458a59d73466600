using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CrossBorderHub.Hub.Tests.Infrastructure;

namespace CrossBorderHub.Hub.Tests.Admin;

/// <summary>Steering through the admin API, on whichever database the derived class chooses.</summary>
public abstract class AdminScenarios
{
    private static readonly Dictionary<string, string?> Scheduled = new() { ["Sync:ScheduleEnabled"] = "true", ["Sync:OrdersInterval"] = "01:00:00" };

    protected abstract DatabaseUnderTest CreateDatabase(string folder);

    protected async Task Schedules_are_edited_at_run_time_and_survive_a_restart()
    {
        using var folder = new TempFolder();
        using var sandbox = Sandboxes.Shopify(orders: 30, seed: 91);
        var database = CreateDatabase(folder.Path);
        try
        {
            Guid storeId;
            await using (var first = new HubFactory(database, folder.Path, Scheduled))
            {
                var admin = first.CreateClient(HubFactory.AdminKey);
                storeId = await admin.ConnectSandboxStoreAsync(sandbox, "Steered store");
                var initial = await SchedulesAsync(admin, storeId);
                Assert.Equal(["catalog", "inventory", "orders"], initial.Keys.Order());
                Assert.All(initial.Values, s => Assert.False(s.GetProperty("paused").GetBoolean()));
                Assert.All(initial.Values, s => Assert.NotEqual(JsonValueKind.Null, s.GetProperty("nextFireAt").ValueKind));

                var cron = await admin.PutAsJsonAsync($"/api/v1/admin/stores/{storeId}/schedules/orders", new { cron = "0 0 3 * * ?" });
                Assert.Equal(HttpStatusCode.OK, cron.StatusCode);
                var orders = await cron.Content.ReadFromJsonAsync<JsonElement>();
                Assert.Equal(3, orders.GetProperty("nextFireAt").GetDateTimeOffset().ToUniversalTime().Hour);
                var paused = await admin.PutAsJsonAsync($"/api/v1/admin/stores/{storeId}/schedules/catalog", new { intervalSeconds = 600, paused = true });
                Assert.True((await paused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("paused").GetBoolean());

                var bad = await admin.PutAsJsonAsync($"/api/v1/admin/stores/{storeId}/schedules/orders", new { cron = "every day", intervalSeconds = 0 });
                Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
                var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
                Assert.True(errors.TryGetProperty("cron", out _));
                Assert.True(errors.TryGetProperty("intervalSeconds", out _));
                Assert.Equal(HttpStatusCode.NotFound, (await admin.PutAsJsonAsync($"/api/v1/admin/stores/{Guid.NewGuid()}/schedules/orders", new { intervalSeconds = 60 })).StatusCode);
            }

            await using var second = new HubFactory(database, folder.Path, Scheduled);
            var client = second.CreateClient(HubFactory.AdminKey);
            var kept = await SchedulesAsync(client, storeId);
            Assert.Equal("0 0 3 * * ?", kept["orders"].GetProperty("cron").GetString());
            Assert.Equal(600, kept["catalog"].GetProperty("intervalSeconds").GetDouble());
            Assert.True(kept["catalog"].GetProperty("paused").GetBoolean());
            Assert.Equal(JsonValueKind.Null, kept["catalog"].GetProperty("nextFireAt").ValueKind);
            Assert.False(kept["inventory"].GetProperty("paused").GetBoolean());
            Assert.Equal(JsonValueKind.Null, kept["inventory"].GetProperty("intervalSeconds").ValueKind);

            // Everything pauses and resumes; the entity paused on its own stays paused.
            Assert.Equal(HttpStatusCode.OK, (await client.PostAsync(new Uri("/api/v1/admin/sync/pause", UriKind.Relative), null)).StatusCode);
            Assert.All((await SchedulesAsync(client, storeId)).Values, s => Assert.True(s.GetProperty("paused").GetBoolean()));
            Assert.Equal(HttpStatusCode.OK, (await client.PostAsync(new Uri("/api/v1/admin/sync/resume", UriKind.Relative), null)).StatusCode);
            var resumed = await SchedulesAsync(client, storeId);
            Assert.False(resumed["orders"].GetProperty("paused").GetBoolean());
            Assert.True(resumed["catalog"].GetProperty("paused").GetBoolean());
        }
        finally
        {
            await database.DropAsync();
        }
    }

    protected async Task Run_now_backfill_and_rate_budgets_answer_for_a_store()
    {
        using var folder = new TempFolder();
        using var sandbox = Sandboxes.Shopify(orders: 30, seed: 92);
        var database = CreateDatabase(folder.Path);
        try
        {
            await using var factory = new HubFactory(database, folder.Path);
            var admin = factory.CreateClient(HubFactory.AdminKey);
            var storeId = await admin.ConnectSandboxStoreAsync(sandbox, "Run now store");

            var queued = await admin.PostAsync(new Uri($"/api/v1/admin/sync/run?storeId={storeId}&entity=orders", UriKind.Relative), null);
            Assert.Equal(HttpStatusCode.Accepted, queued.StatusCode);
            var runId = Assert.Single((await queued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("runIds").EnumerateArray()).GetGuid();
            var first = await admin.WaitForRunAsync(runId);
            Assert.Equal(30, first.GetProperty("upserted").GetInt32());
            var incremental = await admin.SyncAsync(storeId, "orders");
            Assert.True(incremental.GetProperty("stale").GetInt32() < 30);

            var budget = Assert.Single((await admin.GetFromJsonAsync<JsonElement>($"/api/v1/admin/rate-budgets?storeId={storeId}")).EnumerateArray());
            Assert.Equal("admin-graphql", budget.GetProperty("operation").GetString());
            Assert.True(budget.GetProperty("capacity").GetDouble() > 0);
            Assert.InRange(budget.GetProperty("available").GetDouble(), 0, budget.GetProperty("capacity").GetDouble());

            var backfill = await admin.PostAsJsonAsync($"/api/v1/admin/stores/{storeId}/backfill", new { entity = "orders", from = "2020-01-01T00:00:00Z" });
            Assert.Equal(HttpStatusCode.Accepted, backfill.StatusCode);
            var plan = await backfill.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("FromDate", plan.GetProperty("mode").GetString());
            var again = await admin.WaitForRunAsync(plan.GetProperty("runId").GetGuid());

            // Every order is read again from the date (unchanged, so stale), not just the overlap an incremental run reads.
            Assert.Equal("Succeeded", again.GetProperty("status").GetString());
            Assert.Equal("backfill", again.GetProperty("trigger").GetString());
            Assert.Equal(30, again.GetProperty("stale").GetInt32() + again.GetProperty("upserted").GetInt32());
            Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsJsonAsync($"/api/v1/admin/stores/{storeId}/backfill", new { entity = "orders" })).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await factory.CreateClient(HubFactory.ErpKey).GetAsync(new Uri("/api/v1/admin/schedules", UriKind.Relative))).StatusCode);
        }
        finally
        {
            await database.DropAsync();
        }
    }

    private static async Task<Dictionary<string, JsonElement>> SchedulesAsync(HttpClient admin, Guid storeId) =>
        (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/admin/schedules?storeId={storeId}"))
            .EnumerateArray().ToDictionary(s => s.GetProperty("entity").GetString()!);
}
