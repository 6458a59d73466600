using System.Globalization;
using CrossBorderHub.Dashboard.Tests.Infrastructure;
using CrossBorderHub.Hub.Dashboard.Pages;
using CrossBorderHub.Scheduler.Budgets;
using Microsoft.Extensions.DependencyInjection;

namespace CrossBorderHub.Dashboard.Tests;

/// <summary>The rate budgets a store's runs drew on, as the scheduler's board holds them, on the dashboard.</summary>
public sealed class StoreBudgetTests(SqliteDashboardFixture fixture) : IClassFixture<SqliteDashboardFixture>
{
    // Budgets refill while the page renders; the page's figure lies between the board's readings before and after.
    private const double Tolerance = 1e-6;

    [Fact]
    public async Task After_a_sync_the_store_page_shows_each_operations_budget_as_the_board_holds_it()
    {
        var board = fixture.Hub.Services.GetRequiredService<RateBudgetBoard>();
        var page = await fixture.SignedInPageAsync();

        var before = board.Read(fixture.HealthyStore);
        await page.GotoAsync($"/stores/{fixture.HealthyStore}");
        var after = board.Read(fixture.HealthyStore).ToDictionary(r => r.Operation);
        var rows = page.Locator("#rate-budgets tr[data-operation]");

        Assert.NotEmpty(before);
        Assert.Equal(before.Count, await rows.CountAsync());
        foreach (var reading in before)
        {
            var row = page.Locator($"#rate-budgets tr[data-operation='{reading.Operation}']");
            Assert.Equal(Exact(reading.Capacity), await row.GetAttributeAsync("data-capacity"));
            Assert.Equal(Exact(reading.RatePerSecond), await row.GetAttributeAsync("data-rate"));
            Assert.Equal(Display.Number(reading.Capacity), await row.Locator("td.capacity").InnerTextAsync());
            if (reading.Available is { } low)
            {
                var shown = double.Parse((await row.GetAttributeAsync("data-available"))!, CultureInfo.InvariantCulture);
                Assert.InRange(shown, low - Tolerance, after[reading.Operation].Available!.Value + Tolerance);
            }
        }
    }

    [Fact]
    public async Task The_stores_overview_shows_the_synced_stores_tightest_budget_and_none_for_a_store_never_synced()
    {
        var board = fixture.Hub.Services.GetRequiredService<RateBudgetBoard>();
        var operations = board.Read(fixture.HealthyStore).Select(r => r.Operation).ToList();

        var page = await fixture.SignedInPageAsync();
        var synced = await page.Locator($"#stores tr[data-store-id='{fixture.HealthyStore}'] td.budget").InnerTextAsync();
        var neverSynced = await page.Locator($"#stores tr[data-store-id='{fixture.PausableStore}'] td.budget").InnerTextAsync();

        Assert.NotEmpty(operations);
        Assert.Contains(operations, o => synced.StartsWith(o + " ", StringComparison.Ordinal));
        Assert.Equal("—", neverSynced.Trim());
    }

    private static string Exact(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? string.Empty;
}
