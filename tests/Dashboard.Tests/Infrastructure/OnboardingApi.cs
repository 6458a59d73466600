using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CrossBorderHub.Dashboard.Tests.Infrastructure;

/// <summary>What an admin does through the API before a seller onboards: a tenant and its one-time link.</summary>
public static class OnboardingApi
{
    public static async Task<Guid> CreateTenantAsync(this HttpClient admin, string name)
    {
        var response = await admin.PostAsJsonAsync("/api/v1/tenants", new { name });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>A one-time onboarding link for the tenant, as the admin API answers it (the only time it is shown).</summary>
    public static async Task<Uri> CreateOnboardingLinkAsync(this HttpClient admin, Guid tenantId)
    {
        var response = await admin.PostAsJsonAsync($"/api/v1/tenants/{tenantId}/onboarding-links", new { });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return new Uri((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("url").GetString()!);
    }
}
