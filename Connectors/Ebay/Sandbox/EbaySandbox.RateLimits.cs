using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using CrossBorderHub.Connectors.SandboxKit;
using WireMock;

namespace CrossBorderHub.Connectors.Ebay.Sandbox;

/// <summary>
/// The application side: client-credentials tokens and getRateLimits, which reports each API's daily quota (the
/// bucket's rate over a day), the calls it answered since midnight UTC on the sandbox's clock and what is left.
/// getRateLimits is not numbered for the fault plan, so asking for it never moves a scenario's faults.
/// </summary>
public sealed partial class EbaySandbox
{
    private const string RateLimitsPath = "/developer/analytics/v1_beta/rate_limit/";
    private const string FulfillmentApi = "fulfillment";
    private const string InventoryApi = "inventory";
    private const string AnalyticsApi = "analytics";
    private const double SecondsPerDay = 86_400;

    private readonly ConcurrentDictionary<(DateOnly Day, string Api), int> _calls = new();

    /// <summary>Calls of one API ("fulfillment", "inventory", "analytics") answered today on the sandbox's clock.</summary>
    public int CallsToday(string api) =>
        _calls.TryGetValue((DateOnly.FromDateTime(Options.TimeProvider.GetUtcNow().UtcDateTime), api), out var count) ? count : 0;

    private void CountCall(string api) =>
        _calls.AddOrUpdate((DateOnly.FromDateTime(Options.TimeProvider.GetUtcNow().UtcDateTime), api), 1, (_, n) => n + 1);

    private ResponseMessage ApplicationToken(Dictionary<string, string> form)
    {
        if (form.GetValueOrDefault("scope") != "https://api.ebay.com/oauth/api_scope")
        {
            return SandboxResponses.Json(HttpStatusCode.BadRequest, """{"error":"invalid_scope","error_description":"The requested scope is invalid, unknown, malformed, or exceeds the scope granted to the client"}""");
        }

        var token = string.Create(CultureInfo.InvariantCulture, $"v^1.1#i^1#sandbox-application-token-{Options.Seed}-{Guid.NewGuid():N}");
        _applicationTokens[token] = Options.TimeProvider.GetUtcNow().AddSeconds(Options.AccessTokenLifetimeSeconds);
        return SandboxResponses.Json(HttpStatusCode.OK, new JsonObject
        {
            ["access_token"] = token,
            ["expires_in"] = Options.AccessTokenLifetimeSeconds,
            ["token_type"] = "Application Access Token",
        }.ToJsonString());
    }

    private ResponseMessage GetRateLimits(IRequestMessage request)
    {
        var bearer = SandboxResponses.Header(request, "Authorization");
        var token = bearer is { Length: > 7 } && bearer.StartsWith("Bearer ", StringComparison.Ordinal) ? bearer[7..] : null;
        if (token is null || !_applicationTokens.TryGetValue(token, out var expiresAt) || Options.TimeProvider.GetUtcNow() >= expiresAt)
        {
            return SandboxResponses.Json(HttpStatusCode.Unauthorized, InvalidToken);
        }

        CountCall(AnalyticsApi);
        var now = Options.TimeProvider.GetUtcNow();
        var reset = new DateTimeOffset(now.UtcDateTime.Date.AddDays(1), TimeSpan.Zero);
        JsonObject Limit(string context, string name, string resource, SandboxRateLimit limit)
        {
            var quota = limit.Enabled ? (long)Math.Round(limit.RestorePerSecond * SecondsPerDay) : 1_000_000_000L;
            var count = CallsToday(name);
            return new JsonObject
            {
                ["apiContext"] = context,
                ["apiName"] = name,
                ["apiVersion"] = "v1",
                ["resources"] = new JsonArray(new JsonObject
                {
                    ["name"] = resource,
                    ["rates"] = new JsonArray(new JsonObject
                    {
                        ["count"] = count,
                        ["limit"] = quota,
                        ["remaining"] = Math.Max(0, quota - count),
                        ["reset"] = EbaySandboxData.Stamp(reset),
                        ["timeWindow"] = (long)SecondsPerDay,
                    }),
                }),
            };
        }

        var body = new JsonObject
        {
            ["rateLimits"] = new JsonArray(
                Limit("sell", FulfillmentApi, "sell.fulfillment", Options.RateLimit),
                Limit("sell", InventoryApi, "sell.inventory", Options.InventoryRateLimit),
                Limit("developer", AnalyticsApi, "developer.analytics", new SandboxRateLimit(10, 5_000 / SecondsPerDay))),
        };
        return SandboxResponses.Json(HttpStatusCode.OK, body.ToJsonString());
    }
}
