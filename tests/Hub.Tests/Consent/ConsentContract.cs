using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CrossBorderHub.Connectors.SandboxKit.Consent;
using CrossBorderHub.Hub.Tests.Infrastructure;

namespace CrossBorderHub.Hub.Tests.Consent;

/// <summary>
/// The consent contract: what connecting a store through a marketplace's consent page must do, through the real hub
/// (authorizations API, callback, store creation, scheduler, database, ERP feed) against the marketplace's sandbox, on
/// SQLite and PostgreSQL. Each scenario connects a tenant of its own, so scenarios share one sandbox per hub.
/// A marketplace joins with one line:
/// <c>public sealed class AcmeConsentContract(ConsentHubs&lt;AcmeConsentAdapter&gt; hubs) : ConsentContract&lt;AcmeConsentAdapter&gt;(hubs);</c>
/// </summary>
public abstract partial class ConsentContract<TAdapter>(ConsentHubs<TAdapter> hubs) : IClassFixture<ConsentHubs<TAdapter>>
    where TAdapter : IConsentContractAdapter, new()
{
    protected string Marketplace => hubs.Adapter.Marketplace;

    protected Task<ConsentHub> HubAsync(string database) => hubs.ForAsync(database);

    protected static async Task<Guid> CreateTenantAsync(ConsentHub hub, string name)
    {
        var response = await hub.Admin.PostAsJsonAsync("/api/v1/tenants", new { name });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>POST /api/v1/tenants/{tenant}/authorizations for the sandbox's account; the authorization id and the consent URL.</summary>
    protected async Task<(Guid Id, Uri ConsentUrl)> StartAsync(ConsentHub hub, Guid tenantId, Guid? storeId = null, string? returnPath = null)
    {
        var response = await hub.Admin.PostAsJsonAsync($"/api/v1/tenants/{tenantId}/authorizations", new { marketplace = Marketplace, input = hub.Sandbox.Input, storeId, returnPath });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        var started = JsonSerializer.Deserialize<JsonElement>(body);
        Assert.Equal(Marketplace, started.GetProperty("marketplace").GetString());
        return (started.GetProperty("id").GetGuid(), new Uri(started.GetProperty("consentUrl").GetString()!, UriKind.Absolute));
    }

    /// <summary>The seller's decision on the sandbox's consent page: the hub callback the marketplace sends the browser to.</summary>
    protected static async Task<Uri> DecideAsync(Uri consentUrl, bool approve)
    {
        var callback = await SandboxConsentBrowser.DecideAsync(consentUrl, approve, CancellationToken.None);
        Assert.StartsWith("/connect/", callback.AbsolutePath, StringComparison.Ordinal);
        return callback;
    }

    /// <summary>The browser arriving at the hub's callback (path and query of the marketplace's redirect).</summary>
    protected static Task<HttpResponseMessage> ArriveAsync(ConsentHub hub, Uri callback) =>
        hub.Browser.GetAsync(new Uri(callback.PathAndQuery, UriKind.Relative));

    /// <summary>Start, approve, arrive: the callback's answer must be the success page.</summary>
    protected async Task<(Guid AuthorizationId, Guid StoreId)> ConnectAsync(ConsentHub hub, Guid tenantId, Guid? storeId = null)
    {
        var (id, consentUrl) = await StartAsync(hub, tenantId, storeId);
        using var answer = await ArriveAsync(hub, await DecideAsync(consentUrl, approve: true));
        Assert.True(answer.StatusCode == HttpStatusCode.OK, await answer.Content.ReadAsStringAsync());
        var authorization = await AuthorizationAsync(hub, tenantId, id);
        Assert.Equal("Completed", authorization.GetProperty("status").GetString());
        return (id, authorization.GetProperty("storeId").GetGuid());
    }

    protected static async Task<JsonElement> AuthorizationAsync(ConsentHub hub, Guid tenantId, Guid authorizationId) =>
        await hub.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/tenants/{tenantId}/authorizations/{authorizationId}");

    protected static async Task<List<JsonElement>> StoresOfAsync(ConsentHub hub, Guid tenantId) =>
        [.. (await hub.Admin.GetFromJsonAsync<JsonElement>("/api/v1/stores")).EnumerateArray().Where(s => s.GetProperty("tenantId").GetGuid() == tenantId)];

    protected static async Task<JsonElement> StoreAsync(ConsentHub hub, Guid storeId) =>
        await hub.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/stores/{storeId}");

    protected static async Task<List<JsonElement>> RunsOfAsync(ConsentHub hub, Guid storeId) =>
        [.. (await hub.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/sync-runs?storeId={storeId}")).EnumerateArray()];

    /// <summary>The store's first run (the one the consent started), once it has finished.</summary>
    protected static async Task<JsonElement> FirstRunAsync(ConsentHub hub, Guid storeId)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while ((await RunsOfAsync(hub, storeId)).Count == 0)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(50), deadline.Token);
        }

        var first = (await RunsOfAsync(hub, storeId)).OrderBy(r => r.GetProperty("queuedAt").GetDateTimeOffset()).First();
        return await hub.Admin.WaitForRunAsync(first.GetProperty("id").GetGuid());
    }

    protected static async Task<List<string>> OrderIdsInFeedAsync(ConsentHub hub, Guid storeId)
    {
        var (orders, _) = await hub.Admin.ReadFeedAsync("orders", storeId, limit: 500);
        return [.. orders.Select(o => o.GetProperty("marketplaceOrderId").GetString()!)];
    }

    /// <summary>Every expected id exactly once and nothing else.</summary>
    protected static void AssertEachOnce(IEnumerable<string> expected, IReadOnlyCollection<string> actual)
    {
        var want = expected.ToHashSet();
        var duplicates = actual.GroupBy(id => id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(duplicates.Count == 0, $"Delivered more than once: {string.Join(", ", duplicates.Take(5))}");
        Assert.True(want.SetEquals(actual), $"Expected {want.Count} orders, the feed has {actual.Count}; missing {string.Join(", ", want.Except(actual).Take(5))}");
    }

    /// <summary>A state that still decodes as text but no longer verifies: one character in its middle changed.</summary>
    protected static Uri WithTamperedState(Uri callback)
    {
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(callback.Query);
        var state = query["state"].ToString();
        Assert.False(string.IsNullOrEmpty(state), $"The callback carries no state: {callback}");
        var middle = state.Length / 2;
        var tampered = string.Concat(state.AsSpan(0, middle), state[middle] == 'A' ? "B" : "A", state.AsSpan(middle + 1));
        var rebuilt = query.ToDictionary(q => q.Key, q => q.Key == "state" ? tampered : q.Value.ToString());
        return new Uri(Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(callback.GetLeftPart(UriPartial.Path), rebuilt!), UriKind.Absolute);
    }
}
