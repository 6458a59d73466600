using System.Net;
using CrossBorderHub.Hub.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CrossBorderHub.Hub.Tests.Consent.Fake;

public sealed class TestmartCallbackLimitTests
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
}
