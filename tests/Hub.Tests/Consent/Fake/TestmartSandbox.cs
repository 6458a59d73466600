using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using CrossBorderHub.Connectors.SandboxKit;
using CrossBorderHub.Connectors.SandboxKit.Consent;
using Microsoft.AspNetCore.WebUtilities;
using WireMock;

namespace CrossBorderHub.Hub.Tests.Consent.Fake;

/// <summary>
/// Testmart, a marketplace that exists only in tests: an OAuth-style consent page at /oauth/authorize (client_id,
/// redirect_uri, state, shop), a token endpoint at /oauth/token and GET /orders?since={sequence} for a bearer token.
/// Any shop id may consent; each holds the same numbered orders.
/// </summary>
public sealed class TestmartSandbox : IConsentContractSandbox
{
    public const string ClientId = "testmart-client";
    public const string ClientSecret = "testmart-secret-0123456789";
    public const int PageSize = 10;

    private readonly SandboxHost _host = SandboxHost.Start();
    private readonly SandboxConsentCodes<CodeGrant> _codes = new(TimeProvider.System, TimeSpan.FromMinutes(10));
    private readonly ConcurrentDictionary<string, string> _tokens = new(StringComparer.Ordinal);
    private readonly DateTimeOffset _epoch = new(2026, 10, 1, 0, 0, 0, TimeSpan.Zero);

    public TestmartSandbox(string shopId = "acme-42", int orders = 23)
    {
        Shop = shopId;
        OrderIds = [.. Enumerable.Range(1, orders).Select(OrderId)];
        _host.Map("GET", "/oauth/authorize", AuthorizeAsync)
            .Map("POST", "/oauth/authorize", AuthorizeAsync)
            .Map("POST", "/oauth/token", TokenAsync)
            .Map("GET", "/orders", OrdersAsync);
    }

    public Uri Url => _host.Url;

    public string Shop { get; }

    public IReadOnlyList<string> OrderIds { get; }

    public IReadOnlyDictionary<string, string> App => new Dictionary<string, string>
    {
        ["clientId"] = ClientId,
        ["clientSecret"] = ClientSecret,
        ["ConsentUrl"] = Url.AbsoluteUri,
        ["ApiUrl"] = Url.AbsoluteUri,
        ["AuthUrl"] = Url.AbsoluteUri,
    };

    public object Input => new { shopId = Shop };

    public string AccountKey => Shop;

    /// <summary>Every <c>since</c> the orders endpoint was asked for, in order: where each sync started.</summary>
    public ConcurrentQueue<int> OrderRequests { get; } = new();

    public void RefuseCredentials() => _tokens.Clear();

    public void Dispose() => _host.Dispose();

    internal static string OrderId(int sequence) => $"TM-{1000 + sequence}";

    private Task<IResponseMessage> AuthorizeAsync(IRequestMessage request)
    {
        var query = QueryHelpers.ParseQuery(request.Url is { } url ? new Uri(url).Query : "");
        if (query["client_id"] != ClientId)
        {
            return Answer(SandboxConsentPage.Refused("Unknown client_id."));
        }

        if (!Uri.TryCreate(query["redirect_uri"], UriKind.Absolute, out var redirect) || query["shop"].ToString() is not { Length: > 0 } shop)
        {
            return Answer(SandboxConsentPage.Refused("redirect_uri and shop are required."));
        }

        if (SandboxConsentPage.IsPageRequest(request))
        {
            return Answer(SandboxConsentPage.Page("Testmart", "CrossBorderHub", shop));
        }

        var state = query["state"].ToString();
        return Answer(SandboxConsentPage.Approved(request)
            ? SandboxConsentPage.Redirect(redirect, [new("code", _codes.Issue(new CodeGrant(shop, redirect.AbsoluteUri))), new("shop", shop), new("state", state)])
            : SandboxConsentPage.Redirect(redirect, [new("error", "access_denied"), new("state", state)]));
    }

    private Task<IResponseMessage> TokenAsync(IRequestMessage request)
    {
        var form = QueryHelpers.ParseQuery(request.Body ?? "");
        if (form["client_id"] != ClientId || form["client_secret"] != ClientSecret)
        {
            return Answer(SandboxResponses.Json(HttpStatusCode.Unauthorized, """{"error":"invalid_client"}"""));
        }

        var grant = _codes.Redeem(form["code"]);
        if (grant is null || grant.RedirectUri != form["redirect_uri"])
        {
            return Answer(SandboxResponses.Json(HttpStatusCode.BadRequest, """{"error":"invalid_grant"}"""));
        }

        var token = "tm_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        _tokens[token] = grant.Shop;
        return Answer(SandboxResponses.Json(HttpStatusCode.OK, JsonSerializer.Serialize(new { access_token = token, shop = grant.Shop })));
    }

    private Task<IResponseMessage> OrdersAsync(IRequestMessage request)
    {
        var bearer = SandboxResponses.Header(request, "Authorization") is { } header && header.StartsWith("Bearer ", StringComparison.Ordinal) ? header[7..] : null;
        if (bearer is null || !_tokens.ContainsKey(bearer))
        {
            return Answer(SandboxResponses.Json(HttpStatusCode.Unauthorized, """{"error":"invalid_token"}"""));
        }

        var query = QueryHelpers.ParseQuery(request.Url is { } url ? new Uri(url).Query : "");
        var since = int.TryParse(query["since"], NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0;
        OrderRequests.Enqueue(since);
        var orders = Enumerable.Range(since + 1, Math.Max(0, Math.Min(PageSize, OrderIds.Count - since))).Select(sequence => new
        {
            id = OrderId(sequence),
            sequence,
            total = (10m + sequence).ToString("0.00", CultureInfo.InvariantCulture),
            currency = "EUR",
            placed_at = _epoch.AddHours(sequence),
        });
        return Answer(SandboxResponses.Json(HttpStatusCode.OK, JsonSerializer.Serialize(new { orders })));
    }

    private static Task<IResponseMessage> Answer(IResponseMessage message) => Task.FromResult(message);

    private sealed record CodeGrant(string Shop, string RedirectUri);
}
