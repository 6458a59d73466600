using System.Net.Http.Json;
using System.Text.Json;
using CrossBorderHub.Dashboard.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CrossBorderHub.Dashboard.Tests;

/// <summary>
/// The dashboard over the demo's simulated stores, syncing on their schedule. Its screenshots land in the test's output
/// folder, or in the folder CBH_SCREENSHOTS names (docs/ keeps the README's copy: CBH_SCREENSHOTS=$PWD/docs).
/// </summary>
public sealed class DemoScreenshotTests
{
    public const string FolderVariable = "CBH_SCREENSHOTS";

    [Fact]
    public async Task The_demo_dashboard_shows_every_simulated_store_healthy_with_its_next_sync_and_a_chart()
    {
        using var folder = new TempFolder();
        await using var hub = new LoopbackHub(folder.Path, new Dictionary<string, string?>
        {
            ["Demo:Enabled"] = "true",
            ["Demo:SyncInterval"] = "00:00:03",
            ["Demo:NewOrderEvery"] = "00:00:01",
            ["Sync:ScheduleEnabled"] = "true",
        }).Start();
        using var admin = hub.Admin();
        var stores = (await admin.GetFromJsonAsync<JsonElement>("/api/v1/stores")).EnumerateArray().Select(s => s.GetProperty("id").GetGuid()).ToList();
        await WaitUntilAsync(async () =>
        {
            var runs = await admin.GetFromJsonAsync<JsonElement>("/api/v1/sync-runs?limit=500");
            return stores.All(id => runs.EnumerateArray().Count(r => r.GetProperty("storeId").GetGuid() == id && r.GetProperty("status").GetString() == "Succeeded") >= 6);
        });
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = hub.Address.ToString(), ViewportSize = new ViewportSize { Width = 1440, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await page.FillAsync("#key", LoopbackHub.AdminKey);
        await page.ClickAsync("#sign-in");
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");

        var rows = page.Locator("#stores tr[data-store-id]");
        var texts = await rows.AllInnerTextsAsync();
        var output = Environment.GetEnvironmentVariable(FolderVariable) is { Length: > 0 } chosen ? chosen : AppContext.BaseDirectory;
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(output, "dashboard.png"), FullPage = true });
        await rows.First.Locator("a").ClickAsync();
        await page.Locator("svg#chart").WaitForAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(output, "dashboard-store.png"), FullPage = false });

        Assert.Equal(stores.Count, texts.Count);
        Assert.All(texts, t => Assert.Contains("Active", t, StringComparison.Ordinal));
        Assert.All(texts, t => Assert.Matches(@"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC", t));
        Assert.True(await page.Locator("svg#chart rect.run").CountAsync() >= 3);
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        while (!await condition())
        {
            await Task.Delay(TimeSpan.FromMilliseconds(250), deadline.Token);
        }
    }
}
