using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CrossBorderHub.Hub.Tests.Infrastructure;
using CrossBorderHub.Hub.Tests.Tenancy;

namespace CrossBorderHub.Hub.Tests.Onboarding;

/// <summary>What an admin does with onboarding links over the API, and what opening one does.</summary>
public abstract class OnboardingLinkScenarios(OnboardingHubFixture hub)
{
    protected async Task A_link_is_shown_once_listed_without_its_token_and_cannot_be_opened_once_revoked()
    {
        var tenant = await hub.Admin.CreateTenantAsync($"Links {Guid.NewGuid():N}");
        var before = TimeProvider.System.GetUtcNow();
        var (id, url, expiresAt) = await hub.Admin.CreateLinkAsync(tenant);
        var token = url.Segments[^1];

        Assert.StartsWith("/onboarding/cbo_", url.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(4 + 43, token.Length);
        Assert.InRange(expiresAt, before.AddDays(7).AddMinutes(-1), TimeProvider.System.GetUtcNow().AddDays(7).AddMinutes(1));
        var (_, other, _) = await hub.Admin.CreateLinkAsync(tenant, lifetimeSeconds: 3600);
        Assert.NotEqual(token, other.Segments[^1]);

        var listed = await hub.Admin.GetStringAsync(new Uri($"/api/v1/tenants/{tenant}/onboarding-links", UriKind.Relative));
        Assert.DoesNotContain(token, listed, StringComparison.Ordinal);
        Assert.DoesNotContain("url", listed, StringComparison.OrdinalIgnoreCase);
        var links = JsonDocument.Parse(listed).RootElement.EnumerateArray().ToList();
        Assert.Equal(2, links.Count);
        Assert.Equal(id, links[0].GetProperty("id").GetGuid());
        Assert.All(links, l => Assert.Equal("Open", l.GetProperty("status").GetString()));

        var revoked = await hub.Admin.DeleteAsync(new Uri($"/api/v1/tenants/{tenant}/onboarding-links/{id}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        Assert.Equal("Revoked", (await revoked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        var opened = await hub.Seller().GetAsync(new Uri(url.PathAndQuery, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Gone, opened.StatusCode);
        Assert.Contains("withdrawn", await opened.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(opened.Headers, h => h.Key == "Set-Cookie" && h.Value.Any(v => v.StartsWith(SellerClient.SessionCookie, StringComparison.Ordinal)));
    }

    protected async Task Links_of_unknown_tenants_and_lifetimes_out_of_bounds_are_refused()
    {
        var tenant = await hub.Admin.CreateTenantAsync($"Bounds {Guid.NewGuid():N}");
        foreach (var seconds in new[] { 10, 31 * 24 * 3600 })
        {
            var response = await hub.Admin.PostAsJsonAsync($"/api/v1/tenants/{tenant}/onboarding-links", new { lifetimeSeconds = seconds });
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("lifetimeSeconds", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var empty = await hub.Admin.PostAsync(new Uri($"/api/v1/tenants/{tenant}/onboarding-links", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Created, empty.StatusCode);
        var unknown = Guid.NewGuid();
        Assert.Equal(HttpStatusCode.NotFound, (await hub.Admin.PostAsJsonAsync($"/api/v1/tenants/{unknown}/onboarding-links", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await hub.Admin.GetAsync(new Uri($"/api/v1/tenants/{unknown}/onboarding-links", UriKind.Relative))).StatusCode);

        // Another tenant's link cannot be revoked through this tenant's path, and ERP keys manage no links.
        var (theirs, theirUrl, _) = await hub.Admin.CreateLinkAsync(await hub.Admin.CreateTenantAsync($"Other {Guid.NewGuid():N}"));
        Assert.Equal(HttpStatusCode.NotFound, (await hub.Admin.DeleteAsync(new Uri($"/api/v1/tenants/{tenant}/onboarding-links/{theirs}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await hub.Erp.PostAsJsonAsync($"/api/v1/tenants/{tenant}/onboarding-links", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await hub.Anonymous.GetAsync(new Uri($"/api/v1/tenants/{tenant}/onboarding-links", UriKind.Relative))).StatusCode);
        await hub.OpenedSessionAsync(theirUrl);
    }

    protected async Task A_link_opens_once_into_a_secure_session_and_then_answers_that_it_was_used()
    {
        var tenant = await hub.Admin.CreateTenantAsync($"Once {Guid.NewGuid():N}");
        var (_, url, _) = await hub.Admin.CreateLinkAsync(tenant);
        var seller = hub.Seller();

        var opened = await seller.GetAsync(new Uri(url.PathAndQuery, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.Equal("/onboarding", opened.Headers.Location!.OriginalString);
        var cookie = Assert.Single(opened.Headers.GetValues("Set-Cookie"), v => v.StartsWith(SellerClient.SessionCookie + "=", StringComparison.Ordinal));
        Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; path=/", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("domain=", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(tenant.ToString(), cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, (await seller.GetAsync(new Uri("/onboarding", UriKind.Relative))).StatusCode);

        foreach (var again in new[] { seller, hub.Seller() })
        {
            var refused = await again.GetAsync(new Uri(url.PathAndQuery, UriKind.Relative));
            Assert.Equal(HttpStatusCode.Gone, refused.StatusCode);
            Assert.Contains("already used", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var listed = await hub.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/tenants/{tenant}/onboarding-links");
        Assert.Equal("Used", listed[0].GetProperty("status").GetString());
        Assert.NotEqual(JsonValueKind.Null, listed[0].GetProperty("usedAt").ValueKind);

        var unknown = await hub.Seller().GetAsync(new Uri("/onboarding/cbo_" + new string('A', 43), UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("not known", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    protected async Task Two_openings_at_once_start_exactly_one_session()
    {
        var tenant = await hub.Admin.CreateTenantAsync($"Race {Guid.NewGuid():N}");
        for (var round = 0; round < 5; round++)
        {
            var (_, url, _) = await hub.Admin.CreateLinkAsync(tenant);
            var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => hub.Seller().GetAsync(new Uri(url.PathAndQuery, UriKind.Relative))));
            Assert.Equal(1, answers.Count(a => a.StatusCode == HttpStatusCode.Redirect));
            Assert.Equal(3, answers.Count(a => a.StatusCode == HttpStatusCode.Gone));
        }
    }

    protected async Task Revoking_a_used_link_ends_the_session_it_started()
    {
        var tenant = await hub.Admin.CreateTenantAsync($"Revoke {Guid.NewGuid():N}");
        var (id, url, _) = await hub.Admin.CreateLinkAsync(tenant);
        var seller = await hub.OpenedSessionAsync(url);
        Assert.Equal(HttpStatusCode.OK, (await seller.GetAsync(new Uri("/onboarding", UriKind.Relative))).StatusCode);

        await hub.Admin.DeleteAsync(new Uri($"/api/v1/tenants/{tenant}/onboarding-links/{id}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, (await seller.GetAsync(new Uri("/onboarding", UriKind.Relative))).StatusCode);
    }
}
