using System.Text.Json;
using CrossBorderHub.Dashboard.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CrossBorderHub.Dashboard.Tests;

/// <summary>The dashboard as an admin uses it, in Chromium against the real hub on loopback.</summary>
public sealed class BrowserTests(SqliteDashboardFixture fixture) : IClassFixture<SqliteDashboardFixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_wrong_key_is_refused_and_the_dashboard_stays_closed()
    {
        var page = await fixture.NewPageAsync();

        await page.GotoAsync("/");
        Assert.Equal("/signin", new Uri(page.Url).AbsolutePath);
        await page.FillAsync("#key", "not-a-key");
        await page.ClickAsync("#sign-in");
        var refusal = await page.TextContentAsync("#refusal");
        await page.FillAsync("#key", LoopbackHub.ErpKey);
        await page.ClickAsync("#sign-in");
        var erpRefusal = await page.TextContentAsync("#refusal");
        await page.GotoAsync("/");

        Assert.Equal("That is not an admin key.", refusal);
        Assert.Equal("That is not an admin key.", erpRefusal);
        Assert.Equal("/signin", new Uri(page.Url).AbsolutePath);
        Assert.DoesNotContain(await page.Context.CookiesAsync(), c => c.Name == "__Host-cbh-session");
    }

    [Fact]
    public async Task An_admin_signs_in_into_a_secure_http_only_session_and_sees_each_store_with_its_runs()
    {
        var page = await fixture.SignedInPageAsync();

        var session = Assert.Single(await page.Context.CookiesAsync(), c => c.Name == "__Host-cbh-session");
        var healthy = page.Locator($"#stores tr[data-store-id='{fixture.HealthyStore}']");
        var healthyText = await healthy.InnerTextAsync();
        var succeeded = page.Locator($"#runs tr[data-status='Succeeded']").Filter(new() { HasText = DashboardFixture.Healthy });

        Assert.True(session.HttpOnly);
        Assert.True(session.Secure);
        Assert.Equal(SameSiteAttribute.Strict, session.SameSite);
        Assert.Contains("shopify", healthyText, StringComparison.Ordinal);
        Assert.Contains("Active", healthyText, StringComparison.Ordinal);
        Assert.Equal(4, await page.Locator("#stores tr[data-store-id]").CountAsync());
        Assert.True(await succeeded.CountAsync() >= 1);
        Assert.Equal((DashboardFixture.SandboxOrders - 1).ToString(System.Globalization.CultureInfo.InvariantCulture), await succeeded.Last.Locator("td.records").InnerTextAsync());
    }

    [Fact]
    public async Task A_quarantined_record_shows_its_reason_and_the_raw_payload_the_marketplace_sent()
    {
        var page = await fixture.SignedInPageAsync();
        await page.GotoAsync($"/quarantine?storeId={fixture.HealthyStore}");

        var row = page.Locator("#quarantine tr[data-entry-id]").Filter(new() { HasText = "could not be mapped" }).First;
        var reason = await row.Locator("td.reason").InnerTextAsync();
        await row.Locator("summary").ClickAsync();
        var payload = await row.Locator("pre").InnerTextAsync();

        Assert.StartsWith("Order could not be mapped", reason, StringComparison.Ordinal);
        using var json = System.Text.Json.JsonDocument.Parse(payload);
        Assert.Equal(await row.Locator("code").InnerTextAsync(), json.RootElement.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Run_now_queues_a_run_that_appears_and_finishes_on_the_page_without_a_reload()
    {
        var page = await fixture.SignedInPageAsync();
        await page.GotoAsync($"/stores/{fixture.HealthyStore}");
        var before = await RunIdsAsync(page);

        await page.SelectOptionAsync("select[name=entity]", "catalog");
        await page.ClickAsync("button.run-now");
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == $"/stores/{fixture.HealthyStore}");
        var navigations = 0;
        page.FrameNavigated += (_, _) => navigations++;
        var flash = await page.TextContentAsync(".flash");
        var added = Assert.Single((await RunIdsAsync(page)).Except(before));
        var row = page.Locator($"#runs tr[data-run-id='{added}']");
        await Assertions.Expect(row).ToHaveAttributeAsync("data-status", "Succeeded", new() { Timeout = (float)Patience.TotalMilliseconds });
        var rowText = await row.InnerTextAsync();
        var navigationsWhileRunning = navigations;

        // The chart is drawn when the page loads; reloaded, it holds the fixture's sync and this run.
        await page.ReloadAsync();

        Assert.Equal(0, navigationsWhileRunning);
        Assert.Contains("catalog sync of Tea House is queued", flash, StringComparison.Ordinal);
        Assert.Contains("manual", rowText, StringComparison.Ordinal);
        Assert.Contains("catalog", rowText, StringComparison.Ordinal);
        Assert.True(await page.Locator("svg#chart rect").CountAsync() >= 2);
    }

    [Fact]
    public async Task A_failed_run_shows_the_marketplaces_reason_and_the_store_needs_reauthorization()
    {
        var page = await fixture.SignedInPageAsync();
        await page.GotoAsync($"/stores/{fixture.RefusedStore}");

        await page.ClickAsync("button.run-now");
        var failed = page.Locator("#runs tr[data-status='Failed'] a").First;
        await failed.WaitForAsync(new() { Timeout = (float)Patience.TotalMilliseconds });
        await failed.ClickAsync();
        var error = await page.TextContentAsync("#run-error");
        var status = await page.TextContentAsync("#run-status");
        await page.GotoAsync($"/stores/{fixture.RefusedStore}");

        Assert.Equal("Failed", status);
        Assert.StartsWith("Shopify at 127.0.0.1 refused the access token", error, StringComparison.Ordinal);
        Assert.Equal("NeedsReauthorization", await page.TextContentAsync("#store-status"));
        Assert.False(string.IsNullOrWhiteSpace(await page.TextContentAsync("#store-reason")));
        Assert.Equal(0, await page.Locator("button.run-now").CountAsync());
        Assert.Equal(1, await page.Locator("svg#chart rect.failed").CountAsync());
    }

    [Fact]
    public async Task Pause_and_resume_move_the_store_between_paused_and_active()
    {
        var page = await fixture.SignedInPageAsync();
        await page.GotoAsync($"/stores/{fixture.PausableStore}");

        await page.ClickAsync("button.pause");
        var paused = await page.TextContentAsync("#store-status");
        using var admin = fixture.Hub.Admin();
        var pausedInApi = await admin.StatusAsync(fixture.PausableStore);
        await page.ClickAsync("button.resume");
        var resumed = await page.TextContentAsync("#store-status");

        Assert.Equal("Paused", paused);
        Assert.Equal("Paused", pausedInApi);
        Assert.Equal("Active", resumed);
        Assert.Equal("Active", await admin.StatusAsync(fixture.PausableStore));
    }

    [Fact]
    public async Task Actions_and_api_writes_by_session_need_the_antiforgery_token_while_reads_do_not()
    {
        var page = await fixture.SignedInPageAsync();
        var store = fixture.HealthyStore;

        var pageAction = await FetchStatusAsync(page, $"/stores/{store}?handler=Pause", "POST", token: false);
        var apiWrite = await FetchStatusAsync(page, $"/api/v1/stores/{store}/sync?entity=catalog", "POST", token: false);
        var apiRead = await FetchStatusAsync(page, "/api/v1/stores", "GET", token: false);
        var apiWriteWithToken = await FetchStatusAsync(page, $"/api/v1/stores/{store}/sync?entity=catalog", "POST", token: true);
        using var anonymous = new HttpClient { BaseAddress = fixture.Hub.Address };
        var noSession = await anonymous.GetAsync(new Uri("/api/v1/stores", UriKind.Relative));

        Assert.Equal(400, pageAction);
        Assert.Equal(400, apiWrite);
        Assert.Equal(200, apiRead);
        Assert.Equal(202, apiWriteWithToken);
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, noSession.StatusCode);
        Assert.Equal("Active", await fixture.Hub.Admin().StatusAsync(store));
    }

    /// <summary>A same-origin fetch from the signed-in page (the session cookie goes along), with or without the page's antiforgery token.</summary>
    private static async Task<int> FetchStatusAsync(IPage page, string url, string method, bool token) =>
        await page.EvaluateAsync<int>(
            """
            async ([url, method, token]) => {
                const headers = {};
                if (token) headers['X-CSRF-TOKEN'] = document.querySelector('input[name=__RequestVerificationToken]').value;
                const response = await fetch(url, { method, headers, credentials: 'same-origin', redirect: 'manual' });
                return response.status;
            }
            """,
            new object[] { url, method, token });

    private static async Task<IReadOnlyList<string>> RunIdsAsync(IPage page)
    {
        var ids = await page.Locator("#runs tr[data-run-id]").EvaluateAllAsync<JsonElement>("rows => rows.map(r => r.dataset.runId)");
        return [.. ids.EnumerateArray().Select(e => e.GetString()!)];
    }
}
