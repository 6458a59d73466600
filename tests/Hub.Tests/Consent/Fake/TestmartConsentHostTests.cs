using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CrossBorderHub.Hub.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.WebUtilities;

namespace CrossBorderHub.Hub.Tests.Consent.Fake;

/// <summary>The consent flow under hub settings of its own: a public base URL, a tight rate limit, a bad configuration.</summary>
public sealed class TestmartConsentHostTests
{
    [Fact]
    public async Task The_anonymous_callback_is_rate_limited_per_client_address_like_every_public_endpoint()
    {
        using var folder = new TempFolder();
        using var sandbox = new TestmartSandbox();
        var settings = new Dictionary<string, string?> { ["RequestLimits:PermitLimit"] = "3", ["RequestLimits:Window"] = "01:00:00" };
        foreach (var (key, value) in sandbox.App)
        {
            settings[$"Connect:Apps:{TestmartConnector.Key}:{key}"] = value;
        }

        await using var factory = new HubFactory(DatabaseUnderTest.Sqlite(folder.Path), folder.Path, settings, new TestmartConsentAdapter().AddServices);
        using var browser = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var answer = await browser.GetAsync(new Uri($"/connect/{TestmartConnector.Key}/callback?state=guess-{i}", UriKind.Relative));
            answers.Add(answer.StatusCode);
        }

        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], answers);
    }

    [Fact]
    public async Task The_consent_url_names_the_callback_under_the_public_base_url()
    {
        using var folder = new TempFolder();
        using var sandbox = new TestmartSandbox();
        var settings = new Dictionary<string, string?> { ["Connect:PublicBaseUrl"] = "https://hub.example.com/sellers/" };
        foreach (var (key, value) in sandbox.App)
        {
            settings[$"Connect:Apps:{TestmartConnector.Key}:{key}"] = value;
        }

        await using var factory = new HubFactory(DatabaseUnderTest.Sqlite(folder.Path), folder.Path, settings, new TestmartConsentAdapter().AddServices);
        var admin = factory.CreateClient(HubFactory.AdminKey);
        var tenant = (await (await admin.PostAsJsonAsync("/api/v1/tenants", new { name = "Behind a proxy" })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var started = await admin.PostAsJsonAsync($"/api/v1/tenants/{tenant}/authorizations", new { marketplace = TestmartConnector.Key, input = new { shopId = sandbox.Shop } });
        var consentUrl = new Uri((await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("consentUrl").GetString()!);

        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        Assert.Equal("https://hub.example.com/sellers/connect/testmart/callback", QueryHelpers.ParseQuery(consentUrl.Query)["redirect_uri"].ToString());
    }

    [Fact]
    public async Task A_public_base_url_that_is_not_an_absolute_http_url_stops_the_start()
    {
        using var folder = new TempFolder();
        await using var factory = new HubFactory(DatabaseUnderTest.Sqlite(folder.Path), folder.Path, new Dictionary<string, string?> { ["Connect:PublicBaseUrl"] = "ftp://hub.example.com/" });

        var failure = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("Connect:PublicBaseUrl", failure.ToString(), StringComparison.Ordinal);
    }
}
