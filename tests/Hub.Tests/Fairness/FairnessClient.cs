using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CrossBorderHub.Hub.Tests.Fairness;

internal static class FairnessClient
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(90);

    public static async Task<Guid> ConnectShopifyAsync(this HttpClient admin, string name, string baseUrl)
    {
        var response = await admin.PostAsJsonAsync("/api/v1/stores", new
        {
            marketplace = "shopify",
            name,
            settings = new { shopDomain = $"{name.ToLowerInvariant().Replace(' ', '-')}.myshopify.com" },
            credentials = new { accessToken = "shpat_silent" },
            baseUrl,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public static async Task<List<JsonElement>> RunsAsync(this HttpClient admin, Guid storeId) =>
        [.. (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/sync-runs?storeId={storeId}")).EnumerateArray()];

    public static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        using var deadline = new CancellationTokenSource(Deadline);
        while (!await condition())
        {
            await Task.Delay(TimeSpan.FromMilliseconds(50), deadline.Token);
        }
    }

    public static async Task<JsonElement> ReadinessAsync(this HttpClient client)
    {
        var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
