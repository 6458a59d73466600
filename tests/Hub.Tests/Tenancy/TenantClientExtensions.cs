using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CrossBorderHub.Connectors.Shopify.Sandbox;
using CrossBorderHub.Hub.Tests.Infrastructure;

namespace CrossBorderHub.Hub.Tests.Tenancy;

/// <summary>What an admin does with tenants and their keys over HTTP.</summary>
public static class TenantClientExtensions
{
    public static async Task<Guid> CreateTenantAsync(this HttpClient admin, string name)
    {
        var response = await admin.PostAsJsonAsync("/api/v1/tenants", new { name });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public static async Task<(Guid Id, string Key)> IssueKeyAsync(this HttpClient admin, Guid tenantId, string name)
    {
        var response = await admin.PostAsJsonAsync($"/api/v1/tenants/{tenantId}/keys", new { name });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (body.GetProperty("id").GetGuid(), body.GetProperty("key").GetString()!);
    }

    public static async Task<Guid> ConnectTenantStoreAsync(this HttpClient admin, Guid tenantId, ShopifySandbox sandbox, string name)
    {
        var response = await admin.PostAsJsonAsync("/api/v1/stores", new
        {
            marketplace = "shopify",
            name,
            tenantId,
            settings = new Dictionary<string, string> { ["shopDomain"] = sandbox.Options.ShopDomain },
            credentials = new Dictionary<string, string> { ["accessToken"] = sandbox.Options.AccessToken },
            baseUrl = sandbox.Url,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public static HttpClient ClientWithKey(this HubFixture hub, string key) => hub.Factory.CreateClient(key);
}
