using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CrossBorderHub.Connectors.SandboxKit.Consent;
using CrossBorderHub.Hub.Tests.Infrastructure;
using CrossBorderHub.Hub.Tests.Tenancy;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CrossBorderHub.Hub.Tests.Onboarding;

/// <summary>The demo offers its simulated Shopify store for consent, so a newcomer can onboard a seller end to end.</summary>
public sealed class DemoOnboardingTests
{
    [Fact]
    public async Task A_newcomer_onboards_a_seller_onto_the_demos_simulated_shopify_store()
    {
        using var folder = new TempFolder();
        await using var hub = new HubFactory(DatabaseUnderTest.Sqlite(folder.Path), folder.Path, new Dictionary<string, string?> { ["Demo:Enabled"] = "true" });
        var admin = hub.CreateClient(HubFactory.AdminKey);
        var marketplaces = await admin.GetFromJsonAsync<JsonElement>("/api/v1/consent/marketplaces");
        Assert.Contains(marketplaces.EnumerateArray(), m => m.GetProperty("marketplace").GetString() == "shopify");
        var demoShop = (await admin.GetFromJsonAsync<JsonElement>("/api/v1/stores")).EnumerateArray()
            .Single(s => s.GetProperty("marketplace").GetString() == "shopify").GetProperty("settings").GetProperty("shopDomain").GetString()!;
        var tenant = await admin.CreateTenantAsync("Newcomer");
        var (_, link, _) = await admin.CreateLinkAsync(tenant);
        var seller = hub.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = true });
        Assert.Equal(HttpStatusCode.Redirect, (await seller.GetAsync(new Uri(link.PathAndQuery, UriKind.Relative))).StatusCode);

        var left = await seller.PostFormAsync("/onboarding", "/onboarding", new Dictionary<string, string> { ["marketplace"] = "shopify", ["input.shopDomain"] = demoShop });
        Assert.Equal(HttpStatusCode.Redirect, left.StatusCode);
        var consentPage = left.Headers.Location!;
        Assert.Equal("127.0.0.1", consentPage.Host);
        var callback = await SandboxConsentBrowser.DecideAsync(consentPage, approve: true, CancellationToken.None);
        var back = await seller.GetAsync(new Uri(callback.PathAndQuery, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        var done = back.Headers.Location!.OriginalString;
        Assert.StartsWith("/onboarding/done?authorization=", done, StringComparison.Ordinal);

        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        string page;
        do
        {
            await Task.Delay(TimeSpan.FromMilliseconds(200), deadline.Token);
            page = await seller.GetStringAsync(new Uri(done, UriKind.Relative), deadline.Token);
        }
        while (page.Contains("http-equiv=\"refresh\"", StringComparison.Ordinal));

        Assert.Contains("data-status=\"Completed\"", page, StringComparison.Ordinal);
        Assert.Contains($"id=\"store-name\">{demoShop}<", page, StringComparison.Ordinal);
        Assert.Contains("id=\"sync-status\">Succeeded<", page, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"sync-records\">0<", page, StringComparison.Ordinal);
        var stores = (await admin.GetFromJsonAsync<JsonElement>("/api/v1/stores")).EnumerateArray().ToList();
        Assert.Single(stores, s => s.GetProperty("tenantId").GetGuid() == tenant && s.GetProperty("marketplace").GetString() == "shopify");
    }
}
