using System.Net;
using System.Net.Http.Json;
using CrossBorderHub.Dashboard.Tests.Infrastructure;

namespace CrossBorderHub.Dashboard.Tests;

/// <summary>The schedules saved through the admin API, as the store page shows them.</summary>
public sealed class StoreSchedulesTests(SqliteDashboardFixture fixture) : IClassFixture<SqliteDashboardFixture>
{
    [Fact]
    public async Task The_store_page_shows_each_entitys_saved_interval_or_cron_and_whether_it_is_paused()
    {
        using var admin = fixture.Hub.Admin();
        var store = fixture.PausableStore;
        var interval = await admin.PutAsJsonAsync($"/api/v1/admin/stores/{store}/schedules/catalog", new { intervalSeconds = 900 });
        var cron = await admin.PutAsJsonAsync($"/api/v1/admin/stores/{store}/schedules/orders", new { cron = "0 0/15 * * * ?", paused = true });
        Assert.True(interval.StatusCode == HttpStatusCode.OK, await interval.Content.ReadAsStringAsync());
        Assert.True(cron.StatusCode == HttpStatusCode.OK, await cron.Content.ReadAsStringAsync());

        var page = await fixture.SignedInPageAsync();
        await page.GotoAsync($"/stores/{store}");
        var catalog = page.Locator("#schedules tr[data-entity='catalog']");
        var orders = page.Locator("#schedules tr[data-entity='orders']");

        Assert.Equal("15 min 0 s", (await catalog.Locator("td.every").InnerTextAsync()).Trim());
        Assert.Equal("false", await catalog.GetAttributeAsync("data-paused"));
        Assert.StartsWith("0 0/15 * * * ?", (await orders.Locator("td.every").InnerTextAsync()).Trim(), StringComparison.Ordinal);
        Assert.Equal("true", await orders.GetAttributeAsync("data-paused"));
    }
}
