using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CrossBorderHub.Hub.Tests.Infrastructure;

namespace CrossBorderHub.Hub.Tests.Abuse;

public sealed class RateLimitTests
{
    [Fact]
    public async Task A_key_over_its_budget_gets_a_429_problem_with_retry_after_while_other_keys_and_health_are_served()
    {
        using var folder = new TempFolder();
        await using var factory = new HubFactory(
            DatabaseUnderTest.Sqlite(folder.Path),
            folder.Path,
            new Dictionary<string, string?> { ["RequestLimits:PermitLimit"] = "5", ["RequestLimits:Window"] = "00:10:00" });
        var erp = factory.CreateClient(HubFactory.ErpKey);
        var admin = factory.CreateClient(HubFactory.AdminKey);
        var orders = new Uri("/api/v1/orders", UriKind.Relative);

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await erp.GetAsync(orders)).StatusCode);
        }

        var refused = await erp.GetAsync(orders);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(429, (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetInt32());
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero, refused.Headers.ToString());
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(orders)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await erp.GetAsync(new Uri("/health/live", UriKind.Relative))).StatusCode);

        // Made-up keys share their address's budget instead of opening one each.
        var anonymous = new List<HttpStatusCode>();
        for (var i = 0; i < 7; i++)
        {
            anonymous.Add((await factory.CreateClient($"made-up-{i}").GetAsync(orders)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous[0]);
        Assert.Contains(HttpStatusCode.TooManyRequests, anonymous);
    }
}
