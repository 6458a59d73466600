using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CrossBorderHub.Connectors.SandboxKit;
using CrossBorderHub.Connectors.SandboxKit.Consent;
using CrossBorderHub.Connectors.Shopify.Consent;
using WireMock;

namespace CrossBorderHub.Connectors.Shopify.Sandbox;

/// <summary>
/// The shop's side of the authorization code grant: the consent page at /admin/oauth/authorize (approve: 302 to the
/// app's redirect_uri with code, hmac, host, shop, state and timestamp signed with the app's client secret; decline:
/// the seller stays in the shop admin, as on Shopify, and the app hears nothing) and the token endpoint
/// /admin/oauth/access_token, which spends a code once for an offline token the Admin API then accepts.
/// </summary>
public sealed partial class ShopifySandbox
{
    /// <summary>Where a seller who declines lands: the shop admin's apps page (Shopify sends nothing to the app).</summary>
    public const string AdminAppsPath = "/admin/apps";

    private const string CodeRefusedBody = "{\"error\":\"invalid_request\",\"error_description\":\"The authorization code was not found or was already used\"}";
    private const string ClientRefusedBody = "{\"error\":\"invalid_client\",\"error_description\":\"Client credentials cannot be found\"}";

    private readonly ConcurrentDictionary<string, string> _grantedTokens = new(StringComparer.Ordinal);
    private readonly SandboxConsentCodes<ShopifySandboxCodeGrant> _codes;
    private int _exchanges;
    private int _grants;

    /// <summary>Code exchange requests received, granted or not.</summary>
    public int ExchangeRequestCount => Volatile.Read(ref _exchanges);

    /// <summary>Code exchanges granted.</summary>
    public int GrantCount => Volatile.Read(ref _grants);

    /// <summary>The access tokens granted through consent (each accepted by the Admin API until <see cref="SandboxAuthorization.Refuse"/>).</summary>
    public IReadOnlyCollection<string> GrantedTokens => [.. _grantedTokens.Keys];

    /// <summary>Every token granted so far stops working, as when the seller uninstalls the app; a later consent's token works.</summary>
    public void RevokeGrantedTokens() => _grantedTokens.Clear();

    /// <summary>A code as the seller's approval gives the app, for tests that skip the consent page.</summary>
    public string IssueAuthorizationCode(string redirectUri, string? scopes = null) =>
        _codes.Issue(new ShopifySandboxCodeGrant(_options.App.ClientId, scopes ?? ShopifyScopes.Format(ShopifyScopes.Default), redirectUri));

    private bool AcceptsToken(string? token) =>
        Authorization.Accepts(token) || (token is not null && !Authorization.IsRefusing && _grantedTokens.ContainsKey(token));

    private SandboxHost MapConsent(SandboxHost host) => host
        .Map(HttpMethod.Get.Method, ShopifyConsentConstants.AuthorizePath, request => Task.FromResult<IResponseMessage>(Authorize(request)))
        .Map(HttpMethod.Post.Method, ShopifyConsentConstants.AuthorizePath, request => Task.FromResult<IResponseMessage>(Authorize(request)))
        .Map(HttpMethod.Post.Method, ShopifyConsentConstants.AccessTokenPath, request => Task.FromResult<IResponseMessage>(AccessToken(request)))
        .Map(HttpMethod.Get.Method, AdminAppsPath, _ => Task.FromResult<IResponseMessage>(SandboxConsentPage.Page("Shopify admin", "Apps", _options.ShopDomain)));

    private ResponseMessage Authorize(IRequestMessage request)
    {
        var query = FormPairs(request.RawQuery?.TrimStart('?'));
        if (query.GetValueOrDefault(ShopifyConsentConstants.Query.ClientId) != _options.App.ClientId)
        {
            return SandboxConsentPage.Refused("Oauth error invalid_request: The client_id is not valid for this shop.");
        }

        if (!Uri.TryCreate(query.GetValueOrDefault(ShopifyConsentConstants.Query.RedirectUri), UriKind.Absolute, out var redirect)
            || redirect.Scheme is not ("http" or "https"))
        {
            return SandboxConsentPage.Refused("Oauth error invalid_request: The redirect_uri is not whitelisted.");
        }

        if (SandboxConsentPage.IsPageRequest(request))
        {
            return SandboxConsentPage.Page("Shopify", "the app", _options.ShopDomain);
        }

        if (!SandboxConsentPage.Approved(request) && _options.DeclineRedirectsToApp)
        {
            return SandboxConsentPage.Redirect(redirect, SignedQuery(
                [new("error", "access_denied"), new(ShopifyConsentConstants.Query.Shop, _options.ShopDomain)], query.GetValueOrDefault(ShopifyConsentConstants.Query.State)));
        }

        if (!SandboxConsentPage.Approved(request))
        {
            var declined = new ResponseMessage { StatusCode = (int)HttpStatusCode.Found };
            declined.AddHeader("Location", new Uri(Url, AdminAppsPath).AbsoluteUri);
            return declined;
        }

        var code = _codes.Issue(new ShopifySandboxCodeGrant(
            _options.App.ClientId, query.GetValueOrDefault(ShopifyConsentConstants.Query.Scope) ?? "", redirect.AbsoluteUri));
        return SandboxConsentPage.Redirect(redirect, SignedCallbackQuery(code, query.GetValueOrDefault(ShopifyConsentConstants.Query.State)));
    }

    /// <summary>The query Shopify sends the app back with, hmac last (it covers every other parameter).</summary>
    internal List<KeyValuePair<string, string>> SignedCallbackQuery(string code, string? state)
    {
        var shopName = _options.ShopDomain.EndsWith(ShopifyConstants.MyShopifySuffix, StringComparison.Ordinal)
            ? _options.ShopDomain[..^ShopifyConstants.MyShopifySuffix.Length]
            : _options.ShopDomain;
        return SignedQuery(
            [
                new(ShopifyConsentConstants.Query.Code, code),
                new(ShopifyConsentConstants.Query.Host, Convert.ToBase64String(Encoding.UTF8.GetBytes($"admin.shopify.com/store/{shopName}"))),
                new(ShopifyConsentConstants.Query.Shop, _options.ShopDomain),
            ],
            state);
    }

    /// <summary>Adds state and timestamp to <paramref name="query"/>, then the hmac over all of them.</summary>
    private List<KeyValuePair<string, string>> SignedQuery(List<KeyValuePair<string, string>> query, string? state)
    {
        if (state is not null)
        {
            query.Add(new(ShopifyConsentConstants.Query.State, state));
        }

        query.Add(new(ShopifyConsentConstants.Query.Timestamp, _options.TimeProvider.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture)));
        query.Add(new(ShopifyConsentConstants.Query.Hmac, ShopifyQuerySignature.Sign(query, _options.App.ClientSecret)));
        return query;
    }

    private ResponseMessage AccessToken(IRequestMessage request)
    {
        Interlocked.Increment(ref _exchanges);

        // An outage answers the token endpoint too, before the code is looked at: the code stays usable.
        if (SandboxFaultAnswers.Replacement(Outage.For(int.MaxValue), _options.Faults, ThrottledBody, ServerErrorBody) is { } down)
        {
            return down;
        }

        var body = TokenRequest(request);
        if (body.GetValueOrDefault("client_id") != _options.App.ClientId || body.GetValueOrDefault("client_secret") != _options.App.ClientSecret)
        {
            return SandboxResponses.Json(HttpStatusCode.Unauthorized, ClientRefusedBody);
        }

        if (_codes.Redeem(body.GetValueOrDefault("code")) is not { } grant || grant.ClientId != _options.App.ClientId)
        {
            return SandboxResponses.Json(HttpStatusCode.BadRequest, CodeRefusedBody);
        }

        var token = "shpat_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var scopes = _options.App.GrantedScopes is { } granted ? ShopifyScopes.Format(granted) : grant.Scopes;
        _grantedTokens[token] = scopes;
        Interlocked.Increment(ref _grants);
        var answer = new JsonObject { ["access_token"] = token, ["scope"] = scopes };
        return SandboxResponses.Json(HttpStatusCode.OK, answer.ToJsonString());
    }

    /// <summary>The exchange's fields: Shopify takes them as JSON or as a form.</summary>
    private static Dictionary<string, string> TokenRequest(IRequestMessage request)
    {
        var text = request.Body ?? "";
        var contentType = SandboxResponses.Header(request, "Content-Type") ?? "";
        if (!contentType.Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            return FormPairs(text);
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.ValueKind != JsonValueKind.Object
                ? []
                : document.RootElement.EnumerateObject()
                    .Where(p => p.Value.ValueKind == JsonValueKind.String)
                    .GroupBy(p => p.Name, StringComparer.Ordinal)
                    .ToDictionary(g => g.Key, g => g.First().Value.GetString()!, StringComparer.Ordinal);
        }
        catch (JsonException)
        {
            return [];
        }
    }

    /// <summary>A form or query string, decoded; the first value of a repeated name wins.</summary>
    private static Dictionary<string, string> FormPairs(string? text)
    {
        var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in (text ?? "").Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var split = part.Split('=', 2);
            var name = WebUtility.UrlDecode(split[0]);
            pairs.TryAdd(name, split.Length == 2 ? WebUtility.UrlDecode(split[1]) : "");
        }

        return pairs;
    }
}
