using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CrossBorderHub.Hub.Tests.Infrastructure;
using CrossBorderHub.Hub.Tests.Tenancy;

namespace CrossBorderHub.Hub.Tests.Abuse;

/// <summary>
/// Malformed and oversized input to every endpoint, on Kestrel over loopback (the in-memory server enforces no body
/// limit): each answer is a problem detail with the status that names the fault, and the hub keeps serving.
/// </summary>
public sealed class MalformedInputTests
{
    private const string Json = "application/json";

    [Fact]
    public async Task Every_endpoint_answers_malformed_and_oversized_input_with_a_problem_and_keeps_serving()
    {
        using var folder = new TempFolder();
        // A small body limit, so an oversized body still fits the loopback socket's buffers and the client reads the 413.
        await using var factory = new HubFactory(DatabaseUnderTest.Sqlite(folder.Path), folder.Path, new Dictionary<string, string?> { ["RequestLimits:MaxBodyBytes"] = "16384" });
        factory.UseKestrel(0);
        factory.StartServer();
        var admin = factory.CreateClient(HubFactory.AdminKey);
        Assert.True(admin.BaseAddress!.IsLoopback, admin.BaseAddress.ToString());
        var tenant = await admin.CreateTenantAsync("Abuse");
        var store = await CreateStoreAsync(admin);
        var huge = "{\"padding\":\"" + new string('x', 80 * 1024) + "\"}";
        var g = Guid.NewGuid();

        var cases = new (HttpMethod Method, string Url, string? Body, HttpStatusCode Expected)[]
        {
            (HttpMethod.Post, "/api/v1/stores", "{", HttpStatusCode.BadRequest),
            (HttpMethod.Post, "/api/v1/stores", "[]", HttpStatusCode.BadRequest),
            (HttpMethod.Post, "/api/v1/stores", "{\"marketplace\":{},\"name\":5}", HttpStatusCode.BadRequest),
            (HttpMethod.Post, "/api/v1/stores", "{\"marketplace\":\"shopify\",\"name\":\"x\",\"tenantId\":\"not-a-guid\"}", HttpStatusCode.BadRequest),
            (HttpMethod.Post, "/api/v1/stores", huge, HttpStatusCode.RequestEntityTooLarge),
            (HttpMethod.Patch, $"/api/v1/stores/{store}", "{\"paused\":\"maybe\"}", HttpStatusCode.BadRequest),
            (HttpMethod.Patch, "/api/v1/stores/not-a-guid", "{}", HttpStatusCode.NotFound),
            (HttpMethod.Delete, "/api/v1/stores/not-a-guid", null, HttpStatusCode.NotFound),
            (HttpMethod.Delete, $"/api/v1/stores/{store}?purge=perhaps", null, HttpStatusCode.BadRequest),
            (HttpMethod.Post, $"/api/v1/stores/{store}/sync?entity=everything", null, HttpStatusCode.BadRequest),
            (HttpMethod.Post, $"/api/v1/stores/{g}/sync?entity=orders", null, HttpStatusCode.NotFound),
            (HttpMethod.Get, "/api/v1/stores/12345", null, HttpStatusCode.NotFound),
            (HttpMethod.Get, "/api/v1/orders?limit=abc", null, HttpStatusCode.BadRequest),
            (HttpMethod.Get, "/api/v1/orders?limit=-1", null, HttpStatusCode.BadRequest),
            (HttpMethod.Get, "/api/v1/orders?after=%00%FF", null, HttpStatusCode.BadRequest),
            (HttpMethod.Get, "/api/v1/orders?storeId=xyz", null, HttpStatusCode.BadRequest),
            (HttpMethod.Get, "/api/v1/orders/not-a-guid", null, HttpStatusCode.NotFound),
            (HttpMethod.Get, $"/api/v1/orders/{g}", null, HttpStatusCode.NotFound),
            (HttpMethod.Get, "/api/v1/products?limit=100000", null, HttpStatusCode.BadRequest),
            (HttpMethod.Get, "/api/v1/inventory?after=" + new string('A', 5000), null, HttpStatusCode.BadRequest),
            (HttpMethod.Get, "/api/v1/sync-runs?limit=zero", null, HttpStatusCode.BadRequest),
            (HttpMethod.Get, "/api/v1/sync-runs/not-a-guid", null, HttpStatusCode.NotFound),
            (HttpMethod.Get, "/api/v1/quarantine?limit=99999", null, HttpStatusCode.BadRequest),
            (HttpMethod.Get, "/api/v1/quarantine?storeId=1", null, HttpStatusCode.BadRequest),
            (HttpMethod.Post, $"/api/v1/orders/{g}/shipments", "{\"lines\":", HttpStatusCode.BadRequest),
            (HttpMethod.Post, $"/api/v1/orders/{g}/shipments", "{\"carrier\":\"DHL\",\"trackingNumber\":\"1\",\"lines\":\"all\"}", HttpStatusCode.BadRequest),
            (HttpMethod.Post, $"/api/v1/orders/{g}/shipments", huge, HttpStatusCode.RequestEntityTooLarge),
            (HttpMethod.Post, "/api/v1/inventory/updates", "{\"updates\":[{\"storeId\":\"" + store + "\",\"sku\":\"A\",\"quantity\":\"many\"}]}", HttpStatusCode.BadRequest),
            (HttpMethod.Post, "/api/v1/inventory/updates", "{\"updates\":[]}", HttpStatusCode.BadRequest),
            (HttpMethod.Post, "/api/v1/inventory/updates", huge, HttpStatusCode.RequestEntityTooLarge),
            (HttpMethod.Get, "/api/v1/commands/not-a-guid", null, HttpStatusCode.NotFound),
            (HttpMethod.Get, $"/api/v1/commands/{g}", null, HttpStatusCode.NotFound),
            (HttpMethod.Post, "/api/v1/tenants", "{\"name\":123}", HttpStatusCode.BadRequest),
            (HttpMethod.Post, "/api/v1/tenants", "{\"name\":\"\"}", HttpStatusCode.BadRequest),
            (HttpMethod.Post, "/api/v1/tenants", "{\"name\":\"" + new string('n', 201) + "\"}", HttpStatusCode.BadRequest),
            (HttpMethod.Post, "/api/v1/tenants", huge, HttpStatusCode.RequestEntityTooLarge),
            (HttpMethod.Get, "/api/v1/tenants/not-a-guid", null, HttpStatusCode.NotFound),
            (HttpMethod.Get, $"/api/v1/tenants/{g}", null, HttpStatusCode.NotFound),
            (HttpMethod.Post, $"/api/v1/tenants/{tenant}/keys", "{\"name\":[1]}", HttpStatusCode.BadRequest),
            (HttpMethod.Post, $"/api/v1/tenants/{tenant}/keys", "not json", HttpStatusCode.BadRequest),
            (HttpMethod.Get, $"/api/v1/tenants/{g}/keys", null, HttpStatusCode.NotFound),
            (HttpMethod.Post, $"/api/v1/tenants/{tenant}/onboarding-links", "{", HttpStatusCode.BadRequest),
            (HttpMethod.Post, $"/api/v1/tenants/{tenant}/onboarding-links", "{\"lifetimeSeconds\":\"soon\"}", HttpStatusCode.BadRequest),
            (HttpMethod.Post, $"/api/v1/tenants/{tenant}/onboarding-links", "{\"lifetimeSeconds\":1}", HttpStatusCode.BadRequest),
            (HttpMethod.Post, $"/api/v1/tenants/{tenant}/onboarding-links", huge, HttpStatusCode.RequestEntityTooLarge),
            (HttpMethod.Post, $"/api/v1/tenants/{g}/onboarding-links", "{}", HttpStatusCode.NotFound),
            (HttpMethod.Get, $"/api/v1/tenants/{g}/onboarding-links", null, HttpStatusCode.NotFound),
            (HttpMethod.Delete, $"/api/v1/tenants/{tenant}/onboarding-links/not-a-guid", null, HttpStatusCode.NotFound),
            (HttpMethod.Delete, $"/api/v1/tenants/{tenant}/onboarding-links/{g}", null, HttpStatusCode.NotFound),
            (HttpMethod.Delete, $"/api/v1/tenants/{tenant}/keys/{g}", null, HttpStatusCode.NotFound),
            (HttpMethod.Delete, "/api/v1/tenants/x/keys/y", null, HttpStatusCode.NotFound),
            (HttpMethod.Post, $"/api/v1/tenants/{tenant}/authorizations", "{", HttpStatusCode.BadRequest),
            (HttpMethod.Post, $"/api/v1/tenants/{tenant}/authorizations", "{}", HttpStatusCode.BadRequest),
            (HttpMethod.Post, $"/api/v1/tenants/{tenant}/authorizations", "{\"marketplace\":5}", HttpStatusCode.BadRequest),
            (HttpMethod.Post, $"/api/v1/tenants/{tenant}/authorizations", "{\"marketplace\":\"shopify\",\"input\":[1]}", HttpStatusCode.BadRequest),
            (HttpMethod.Post, $"/api/v1/tenants/{tenant}/authorizations", "{\"marketplace\":\"shopify\",\"storeId\":\"x\"}", HttpStatusCode.BadRequest),
            (HttpMethod.Post, $"/api/v1/tenants/{tenant}/authorizations", huge, HttpStatusCode.RequestEntityTooLarge),
            (HttpMethod.Post, $"/api/v1/tenants/{g}/authorizations", "{}", HttpStatusCode.NotFound),
            (HttpMethod.Get, $"/api/v1/tenants/{tenant}/authorizations/not-a-guid", null, HttpStatusCode.NotFound),
            (HttpMethod.Get, $"/api/v1/tenants/{tenant}/authorizations/{g}", null, HttpStatusCode.NotFound),
            (HttpMethod.Post, "/webhooks/tiktokshop", "{", HttpStatusCode.Unauthorized),
            (HttpMethod.Post, "/webhooks/tiktokshop", huge, HttpStatusCode.RequestEntityTooLarge),
            (HttpMethod.Get, "/webhooks/tiktokshop", null, HttpStatusCode.BadRequest),
            (HttpMethod.Post, "/webhooks/no-such-marketplace", "{}", HttpStatusCode.NotFound),
        };

        var wrong = new List<string>();
        foreach (var (method, url, body, expected) in cases)
        {
            using var request = new HttpRequestMessage(method, new Uri(url, UriKind.Relative));
            if (body is not null)
            {
                request.Content = new StringContent(body, Encoding.UTF8, Json);
            }

            using var response = await admin.SendAsync(request);
            var type = response.Content.Headers.ContentType?.MediaType;
            if (response.StatusCode != expected || type != "application/problem+json")
            {
                wrong.Add($"{method} {url[..Math.Min(url.Length, 80)]}: {(int)response.StatusCode} {type}, expected {(int)expected}");
                continue;
            }

            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal((int)expected, problem.GetProperty("status").GetInt32());
        }

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(new Uri("/health/live", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(new Uri($"/api/v1/stores/{store}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(new Uri("/api/v1/orders", UriKind.Relative))).StatusCode);
    }

    private static async Task<Guid> CreateStoreAsync(HttpClient admin)
    {
        var response = await admin.PostAsJsonAsync("/api/v1/stores", new
        {
            marketplace = "shopify",
            name = "Abused shop",
            settings = new { shopDomain = "abused.myshopify.com" },
            credentials = new { accessToken = "t" },
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
