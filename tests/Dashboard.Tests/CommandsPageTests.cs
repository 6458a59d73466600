using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CrossBorderHub.Connectors.Shopify.Sandbox;
using CrossBorderHub.Dashboard.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CrossBorderHub.Dashboard.Tests;

/// <summary>
/// Push commands on the dashboard: a refused one shows the marketplace's reason, and resend delivers it once the store is
/// fixed. Run on SQLite and PostgreSQL: the list and the resend are the dashboard's own queries.
/// </summary>
public abstract class CommandsPageTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : DashboardFixture
{
    [Fact]
    public async Task A_refused_stock_update_shows_its_reason_and_resend_delivers_it_after_new_credentials()
    {
        using var admin = fixture.Hub.Admin();
        var store = fixture.StockedStore;
        var posted = await admin.PostAsJsonAsync("/api/v1/inventory/updates", new
        {
            updates = new[] { new { storeId = store, sku = ShopifySandboxData.Sku(0, 0), locationId = ShopifySandboxData.LocationId(0), quantity = 7 } },
        });
        Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
        var commandId = (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("commandId").GetGuid();
        var failed = await WaitForCommandAsync(admin, commandId, "Failed");
        var page = await fixture.SignedInPageAsync();
        await page.GotoAsync($"/commands?storeId={store}");
        var row = page.Locator($"#commands tr[data-command-id='{commandId}']");
        var failedText = await row.InnerTextAsync();

        var patched = await admin.PatchAsJsonAsync($"/api/v1/stores/{store}", new { credentials = new { accessToken = fixture.Sandbox.Options.AccessToken } });
        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        await row.Locator("button.resend").ClickAsync();
        var flash = await page.TextContentAsync(".flash");
        var confirmed = await WaitForCommandAsync(admin, commandId, "Confirmed");
        await page.ReloadAsync();

        Assert.Contains("stock", failedText, StringComparison.Ordinal);
        Assert.Contains(failed.GetProperty("error").GetString()!, failedText, StringComparison.Ordinal);
        Assert.Equal("The command is queued to be sent again.", flash);
        Assert.Equal("Confirmed", await row.GetAttributeAsync("data-status"));
        Assert.Equal(0, await row.Locator("button.resend").CountAsync());
        Assert.Equal(1, confirmed.GetProperty("attempts").GetInt32());
        Assert.Contains(7, fixture.Sandbox.Data.Ledger.StockSets.Select(s => s.After));
    }

    [Fact]
    public async Task Resending_a_command_that_has_not_failed_is_refused()
    {
        var page = await fixture.SignedInPageAsync();
        await page.GotoAsync("/commands");

        // The handler answers with a redirect to the list, whose page (fetched here) carries the outcome.
        var answer = await page.EvaluateAsync<JsonElement>(
            """
            async (id) => {
                const body = new URLSearchParams({ __RequestVerificationToken: document.querySelector('input[name=__RequestVerificationToken]').value });
                const response = await fetch('/commands?handler=Resend&commandId=' + id, { method: 'POST', body, credentials: 'same-origin' });
                return { redirected: response.redirected, path: new URL(response.url).pathname, text: await response.text() };
            }
            """,
            Guid.NewGuid().ToString());

        Assert.True(answer.GetProperty("redirected").GetBoolean());
        Assert.Equal("/commands", answer.GetProperty("path").GetString());
        Assert.Contains("Only a failed command can be sent again.", answer.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    private static async Task<JsonElement> WaitForCommandAsync(HttpClient admin, Guid commandId, string status)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var command = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/commands/{commandId}", deadline.Token);
            if (command.GetProperty("status").GetString() == status)
            {
                return command;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), deadline.Token);
        }
    }
}
