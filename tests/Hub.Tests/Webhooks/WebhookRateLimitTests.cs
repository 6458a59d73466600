using System.Net;
using CrossBorderHub.Hub.Tests.Infrastructure;

namespace CrossBorderHub.Hub.Tests.Webhooks;

public sealed class WebhookRateLimitTests
{
    [Fact]
    public async Task Pushes_share_the_per_address_rate_limit_of_unauthenticated_callers()
    {
        using var folder = new TempFolder();
        await using var hub = WebhookHub.Start(DatabaseUnderTest.Sqlite(folder.Path), folder.Path, new Dictionary<string, string?>
        {
            ["RequestLimits:PermitLimit"] = "3",
            ["RequestLimits:Window"] = "00:10:00",
        });

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            answers.Add((await hub.PushAsync("acct-flood", $"flood-{i}", "orders/updated", "no-store-has-this")).StatusCode);
        }

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], answers);
    }
}
