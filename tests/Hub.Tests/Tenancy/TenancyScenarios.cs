using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CrossBorderHub.Connectors.Shopify.Sandbox;
using CrossBorderHub.Hub.Tests.Infrastructure;

namespace CrossBorderHub.Hub.Tests.Tenancy;

/// <summary>Two tenants with a synced store each: a tenant's ERP key reads its own data and nothing of the other's.</summary>
public abstract class TenancyScenarios(HubFixture hub)
{
    private static readonly ShopifyFaultPlan OneBadRecord = new()
    {
        OrderRecords = new Dictionary<int, ShopifySandboxRecordFault> { [3] = ShopifySandboxRecordFault.BadAmount },
    };

    protected async Task A_tenant_key_reads_only_its_own_data_and_the_other_tenants_ids_answer_404()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var tenantA = await hub.Admin.CreateTenantAsync($"Tenant A {suffix}");
        var tenantB = await hub.Admin.CreateTenantAsync($"Tenant B {suffix}");
        var (_, keyA) = await hub.Admin.IssueKeyAsync(tenantA, "ERP of A");
        using var sandboxA = Sandboxes.Shopify(orders: 12, seed: 61, OneBadRecord, domain: $"a-{suffix}.myshopify.com");
        using var sandboxB = Sandboxes.Shopify(orders: 12, seed: 62, OneBadRecord, domain: $"b-{suffix}.myshopify.com");
        var storeA = await hub.Admin.ConnectTenantStoreAsync(tenantA, sandboxA, "A shop");
        var storeB = await hub.Admin.ConnectTenantStoreAsync(tenantB, sandboxB, "B shop");
        foreach (var entity in new[] { "orders", "catalog", "inventory" })
        {
            await hub.Admin.SyncAsync(storeA, entity);
            await hub.Admin.SyncAsync(storeB, entity);
        }

        var (ordersB, _) = await hub.Admin.ReadFeedAsync("orders", storeB);
        var orderB = ordersB[0];
        var runB = (await hub.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/sync-runs?storeId={storeB}"))[0].GetProperty("id").GetGuid();
        var commandB = await (await hub.Admin.PostShipmentAsync(orderB.GetProperty("id").GetGuid(), CommandClientExtensions.FullShipment(orderB, $"T{suffix}"))).CommandIdAsync();
        var erpA = hub.ClientWithKey(keyA);

        // Its own data, in every list, and nothing else.
        var stores = await erpA.GetFromJsonAsync<JsonElement>("/api/v1/stores");
        Assert.Equal([storeA], stores.EnumerateArray().Select(s => s.GetProperty("id").GetGuid()));
        Assert.Equal(tenantA, stores[0].GetProperty("tenantId").GetGuid());
        foreach (var list in new[] { "/api/v1/orders?limit=1000", "/api/v1/products?limit=1000", "/api/v1/inventory?limit=1000" })
        {
            var items = (await erpA.GetFromJsonAsync<JsonElement>(list)).GetProperty("items").EnumerateArray().ToList();
            Assert.NotEmpty(items);
            Assert.All(items, i => Assert.Equal(storeA, i.GetProperty("storeId").GetGuid()));
        }

        foreach (var list in new[] { "/api/v1/sync-runs?limit=500", "/api/v1/quarantine?limit=500" })
        {
            var items = (await erpA.GetFromJsonAsync<JsonElement>(list)).EnumerateArray().ToList();
            Assert.NotEmpty(items);
            Assert.All(items, i => Assert.Equal(storeA, i.GetProperty("storeId").GetGuid()));
        }

        // The other tenant's ids exist (the admin reads them) and answer A's key exactly as an unknown id does.
        var theirs = new[]
        {
            $"/api/v1/stores/{storeB}",
            $"/api/v1/orders/{orderB.GetProperty("id").GetGuid()}",
            $"/api/v1/sync-runs/{runB}",
            $"/api/v1/commands/{commandB}",
            $"/api/v1/orders?storeId={storeB}",
            $"/api/v1/products?storeId={storeB}",
            $"/api/v1/inventory?storeId={storeB}",
            $"/api/v1/sync-runs?storeId={storeB}",
            $"/api/v1/quarantine?storeId={storeB}",
        };
        foreach (var url in theirs)
        {
            Assert.Equal(HttpStatusCode.OK, (await hub.Admin.GetAsync(new Uri(url, UriKind.Relative))).StatusCode);
            var answer = await erpA.GetAsync(new Uri(url, UriKind.Relative));
            Assert.True(answer.StatusCode == HttpStatusCode.NotFound, $"{url}: {answer.StatusCode}");
            var unknown = await erpA.GetAsync(new Uri(url.Replace(storeB.ToString(), Guid.NewGuid().ToString(), StringComparison.Ordinal)
                .Replace(runB.ToString(), Guid.NewGuid().ToString(), StringComparison.Ordinal)
                .Replace(commandB.ToString(), Guid.NewGuid().ToString(), StringComparison.Ordinal)
                .Replace(orderB.GetProperty("id").GetGuid().ToString(), Guid.NewGuid().ToString(), StringComparison.Ordinal), UriKind.Relative));
            Assert.Equal(unknown.StatusCode, answer.StatusCode);
            var body = await answer.Content.ReadAsStringAsync();
            Assert.DoesNotContain(storeB.ToString(), body, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(tenantB.ToString(), body, StringComparison.OrdinalIgnoreCase);
        }

        // An ERP key manages nothing.
        Assert.Equal(HttpStatusCode.Forbidden, (await erpA.GetAsync(new Uri("/api/v1/tenants", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await erpA.PostAsync(new Uri($"/api/v1/stores/{storeA}/sync?entity=orders", UriKind.Relative), null)).StatusCode);
    }

    protected async Task An_issued_key_is_shown_once_listed_without_its_secret_and_stops_at_revocation()
    {
        var tenant = await hub.Admin.CreateTenantAsync($"Keys {Guid.NewGuid():N}");
        var (keyId, key) = await hub.Admin.IssueKeyAsync(tenant, "Warehouse ERP");
        var erp = hub.ClientWithKey(key);
        Assert.Equal(HttpStatusCode.OK, (await erp.GetAsync(new Uri("/api/v1/orders", UriKind.Relative))).StatusCode);

        var listed = await hub.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/tenants/{tenant}/keys");
        var entry = Assert.Single(listed.EnumerateArray());
        Assert.Equal(keyId, entry.GetProperty("id").GetGuid());
        Assert.False(entry.TryGetProperty("key", out _));
        Assert.StartsWith(entry.GetProperty("prefix").GetString()!, key, StringComparison.Ordinal);
        Assert.DoesNotContain(key, listed.GetRawText(), StringComparison.Ordinal);

        var revoked = await hub.Admin.DeleteAsync(new Uri($"/api/v1/tenants/{tenant}/keys/{keyId}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await erp.GetAsync(new Uri("/api/v1/orders", UriKind.Relative))).StatusCode);
        var after = (await hub.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/tenants/{tenant}/keys"))[0];
        Assert.Equal(JsonValueKind.String, after.GetProperty("revokedAt").ValueKind);

        // Another tenant's key id, an unknown tenant and a made-up key in the issued shape.
        var other = await hub.Admin.CreateTenantAsync($"Other {Guid.NewGuid():N}");
        Assert.Equal(HttpStatusCode.NotFound, (await hub.Admin.DeleteAsync(new Uri($"/api/v1/tenants/{other}/keys/{keyId}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await hub.Admin.PostAsJsonAsync($"/api/v1/tenants/{Guid.NewGuid()}/keys", new { name = "x" })).StatusCode);
        var madeUp = "cbh_" + new string('A', key.Length - 4);
        Assert.Equal(HttpStatusCode.Unauthorized, (await hub.ClientWithKey(madeUp).GetAsync(new Uri("/api/v1/orders", UriKind.Relative))).StatusCode);
    }

    protected async Task The_configured_erp_key_reads_the_default_tenant_only()
    {
        var tenant = await hub.Admin.CreateTenantAsync($"Someone {Guid.NewGuid():N}");
        using var theirs = Sandboxes.Shopify(orders: 3, seed: 63, domain: $"c-{Guid.NewGuid():N}.myshopify.com");
        using var ours = Sandboxes.Shopify(orders: 3, seed: 64, domain: $"d-{Guid.NewGuid():N}.myshopify.com");
        var theirStore = await hub.Admin.ConnectTenantStoreAsync(tenant, theirs, "Their shop");
        var ourStore = await hub.Admin.ConnectSandboxStoreAsync(ours, $"Default shop {Guid.NewGuid():N}");

        var tenants = await hub.Admin.GetFromJsonAsync<JsonElement>("/api/v1/tenants");
        var defaultTenant = tenants.EnumerateArray().Single(t => t.GetProperty("name").GetString() == "Default seller").GetProperty("id").GetGuid();
        var visible = (await hub.Erp.GetFromJsonAsync<JsonElement>("/api/v1/stores")).EnumerateArray().ToList();
        Assert.Contains(visible, s => s.GetProperty("id").GetGuid() == ourStore);
        Assert.DoesNotContain(visible, s => s.GetProperty("id").GetGuid() == theirStore);
        Assert.All(visible, s => Assert.Equal(defaultTenant, s.GetProperty("tenantId").GetGuid()));
        Assert.Equal(HttpStatusCode.NotFound, (await hub.Erp.GetAsync(new Uri($"/api/v1/stores/{theirStore}", UriKind.Relative))).StatusCode);

        var unknownTenant = await hub.Admin.PostAsJsonAsync("/api/v1/stores", new
        {
            marketplace = "shopify",
            name = "Nobody's shop",
            tenantId = Guid.NewGuid(),
            settings = new { shopDomain = "nobody.myshopify.com" },
            credentials = new { accessToken = "t" },
        });
        Assert.Equal(HttpStatusCode.BadRequest, unknownTenant.StatusCode);
        Assert.Contains("tenantId", await unknownTenant.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
