using System.Net;
using CrossBorderHub.Hub.Tests.Infrastructure;
using CrossBorderHub.Hub.Tests.Tenancy;

namespace CrossBorderHub.Hub.Tests.Onboarding;

/// <summary>The seller's pages: only the session's tenant's stores, consent started from a form, the result after the callback.</summary>
public abstract class SellerPageScenarios(OnboardingHubFixture hub)
{
    protected async Task The_stores_page_lists_only_the_sessions_tenants_stores_and_the_marketplaces_to_connect()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var tenantA = await hub.Admin.CreateTenantAsync($"A {suffix}");
        var tenantB = await hub.Admin.CreateTenantAsync($"B {suffix}");
        using var sandboxA = Sandboxes.Shopify(orders: 2, seed: 71, domain: $"a-{suffix}.myshopify.com");
        using var sandboxB = Sandboxes.Shopify(orders: 2, seed: 72, domain: $"b-{suffix}.myshopify.com");
        await hub.Admin.ConnectTenantStoreAsync(tenantA, sandboxA, $"Alder Shop {suffix}");
        await hub.Admin.ConnectTenantStoreAsync(tenantB, sandboxB, $"Birch Shop {suffix}");
        var (_, link, _) = await hub.Admin.CreateLinkAsync(tenantA);
        var seller = await hub.OpenedSessionAsync(link);

        var page = await seller.GetStringAsync(new Uri("/onboarding", UriKind.Relative));

        Assert.Contains($"Alder Shop {suffix}", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"Birch Shop {suffix}", page, StringComparison.Ordinal);
        Assert.Contains("id=\"connect-shopify\"", page, StringComparison.Ordinal);
        Assert.Contains("name=\"input.shopDomain\"", page, StringComparison.Ordinal);
        Assert.Contains("name=\"__RequestVerificationToken\"", page, StringComparison.Ordinal);
    }

    protected async Task Connecting_starts_the_consent_for_the_sessions_tenant_and_leaves_for_the_marketplace()
    {
        var tenant = await hub.Admin.CreateTenantAsync($"Connect {Guid.NewGuid():N}");
        var (_, link, _) = await hub.Admin.CreateLinkAsync(tenant);
        var seller = await hub.OpenedSessionAsync(link);

        var left = await seller.PostFormAsync("/onboarding", "/onboarding", new Dictionary<string, string>
        {
            ["marketplace"] = "shopify",
            ["input.shopDomain"] = " tea-garden.myshopify.com ",
        });

        Assert.Equal(HttpStatusCode.Redirect, left.StatusCode);
        Assert.Equal(FakeConsentFlow.ConsentPage.GetLeftPart(UriPartial.Path), left.Headers.Location!.GetLeftPart(UriPartial.Path));
        var started = Assert.Single(hub.Consent.Started, s => s.TenantId == tenant);
        Assert.Equal("shopify", started.Marketplace);
        Assert.Equal("tea-garden.myshopify.com", started.Input.GetProperty("shopDomain").GetString());
        Assert.Equal("/onboarding/done", started.ReturnPath);
        Assert.Null(started.StoreId);
    }

    protected async Task A_refused_start_shows_why_and_a_post_without_the_antiforgery_token_is_rejected()
    {
        var tenant = await hub.Admin.CreateTenantAsync($"Refused {Guid.NewGuid():N}");
        var (_, link, _) = await hub.Admin.CreateLinkAsync(tenant);
        var seller = await hub.OpenedSessionAsync(link);

        var refused = await seller.PostFormAsync("/onboarding", "/onboarding", new Dictionary<string, string>
        {
            ["marketplace"] = "shopify",
            ["input.shopDomain"] = "not-a-shop.example",
        });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = await refused.Content.ReadAsStringAsync();
        Assert.Contains("*.myshopify.com domain", page, StringComparison.Ordinal);
        Assert.Contains("value=\"not-a-shop.example\"", page, StringComparison.Ordinal);

        var unknown = await seller.PostFormAsync("/onboarding", "/onboarding", new Dictionary<string, string> { ["marketplace"] = "etsy" });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);

        var forged = await seller.PostAsync(
            new Uri("/onboarding", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["marketplace"] = "shopify", ["input.shopDomain"] = "forged.myshopify.com" }));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.DoesNotContain(hub.Consent.Started, s => s.TenantId == tenant);
    }

    protected async Task The_done_page_shows_the_connected_store_and_its_first_sync_and_nothing_of_another_tenant()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var tenantA = await hub.Admin.CreateTenantAsync($"Done A {suffix}");
        var tenantB = await hub.Admin.CreateTenantAsync($"Done B {suffix}");
        using var sandboxA = Sandboxes.Shopify(orders: 7, seed: 73, domain: $"done-a-{suffix}.myshopify.com");
        using var sandboxB = Sandboxes.Shopify(orders: 3, seed: 74, domain: $"done-b-{suffix}.myshopify.com");
        var storeA = await hub.Admin.ConnectTenantStoreAsync(tenantA, sandboxA, $"Cedar Shop {suffix}");
        var storeB = await hub.Admin.ConnectTenantStoreAsync(tenantB, sandboxB, $"Damson Shop {suffix}");
        await hub.Admin.SyncAsync(storeA, "orders");
        var mine = hub.Consent.Completed(tenantA, storeA);
        var theirs = hub.Consent.Completed(tenantB, storeB);
        var (_, link, _) = await hub.Admin.CreateLinkAsync(tenantA);
        var seller = await hub.OpenedSessionAsync(link);

        var done = await seller.GetAsync(new Uri($"/onboarding/done?authorization={mine.Id}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        var page = await done.Content.ReadAsStringAsync();
        Assert.Contains($"id=\"store-name\">Cedar Shop {suffix}<", page, StringComparison.Ordinal);
        Assert.Contains("id=\"store-marketplace\">Shopify<", page, StringComparison.Ordinal);
        Assert.Contains(">Active<", page, StringComparison.Ordinal);
        Assert.Contains("id=\"sync-status\">Succeeded<", page, StringComparison.Ordinal);
        Assert.Contains("id=\"sync-records\">7<", page, StringComparison.Ordinal);
        Assert.DoesNotContain("http-equiv=\"refresh\"", page, StringComparison.Ordinal);

        var other = await seller.GetAsync(new Uri($"/onboarding/done?authorization={theirs.Id}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        var otherPage = await other.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Damson", otherPage, StringComparison.Ordinal);
        Assert.DoesNotContain(storeB.ToString(), otherPage, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.NotFound, (await seller.GetAsync(new Uri($"/onboarding/done?authorization={Guid.NewGuid()}", UriKind.Relative))).StatusCode);
    }

    protected async Task The_done_page_refreshes_until_the_first_sync_and_shows_a_failed_consents_reason_with_a_way_back()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var tenant = await hub.Admin.CreateTenantAsync($"Waiting {suffix}");
        using var sandbox = Sandboxes.Shopify(orders: 2, seed: 75, domain: $"wait-{suffix}.myshopify.com");
        var store = await hub.Admin.ConnectTenantStoreAsync(tenant, sandbox, $"Elm Shop {suffix}");
        var waiting = hub.Consent.Completed(tenant, store);
        var failed = hub.Consent.Failed(tenant, "The shop declined the app.");
        var (_, link, _) = await hub.Admin.CreateLinkAsync(tenant);
        var seller = await hub.OpenedSessionAsync(link);

        var before = await seller.GetStringAsync(new Uri($"/onboarding/done?authorization={waiting.Id}", UriKind.Relative));
        Assert.Contains("http-equiv=\"refresh\"", before, StringComparison.Ordinal);
        Assert.Contains("data-status=\"NotStarted\"", before, StringComparison.Ordinal);

        var failure = await seller.GetStringAsync(new Uri($"/onboarding/done?authorization={failed.Id}", UriKind.Relative));
        Assert.Contains("The shop declined the app.", failure, StringComparison.Ordinal);
        Assert.Contains("id=\"try-again\"", failure, StringComparison.Ordinal);
        Assert.DoesNotContain("http-equiv=\"refresh\"", failure, StringComparison.Ordinal);
    }

    protected async Task Without_a_valid_session_every_seller_page_answers_401_and_shows_no_data()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var tenant = await hub.Admin.CreateTenantAsync($"Nobody {suffix}");
        using var sandbox = Sandboxes.Shopify(orders: 2, seed: 76, domain: $"nobody-{suffix}.myshopify.com");
        var store = await hub.Admin.ConnectTenantStoreAsync(tenant, sandbox, $"Fir Shop {suffix}");
        var authorization = hub.Consent.Completed(tenant, store);
        var forged = hub.Seller();
        forged.DefaultRequestHeaders.Add("Cookie", $"{SellerClient.SessionCookie}=CfDJ8{new string('x', 200)}");

        // An admin key is not a seller session either.
        foreach (var client in new[] { hub.Seller(), forged, hub.Admin })
        {
            foreach (var path in new[] { "/onboarding", $"/onboarding/done?authorization={authorization.Id}" })
            {
                var response = await client.GetAsync(new Uri(path, UriKind.Relative));
                Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
                var page = await response.Content.ReadAsStringAsync();
                Assert.Contains("id=\"session-required\"", page, StringComparison.Ordinal);
                Assert.DoesNotContain("Fir Shop", page, StringComparison.Ordinal);
            }
        }
    }
}
