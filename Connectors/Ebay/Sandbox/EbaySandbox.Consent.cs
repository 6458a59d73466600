using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using CrossBorderHub.Connectors.SandboxKit;
using CrossBorderHub.Connectors.SandboxKit.Consent;
using WireMock;

namespace CrossBorderHub.Connectors.Ebay.Sandbox;

/// <summary>
/// User consent as eBay runs it: the Grant Application Access page at <c>/oauth2/authorize</c> (client_id, the RuName as
/// redirect_uri, response_type=code, scope, state); approving sends the browser to the RuName's auth accepted URL with
/// <c>state</c>, a URL-encoded <c>code</c> and <c>expires_in=299</c>; declining sends it to the auth declined URL with the
/// state and no code. The token endpoint's authorization-code grant spends a code once, for the RuName it was issued
/// through, and answers a user access token and a refresh token that later refresh grants accept (scopes at most those
/// consented). Commerce Identity getUser names the seller to a token that holds the identity scope.
/// </summary>
public sealed partial class EbaySandbox
{
    private const string ConsentPath = "/oauth2/authorize";
    private const string UserPath = "/commerce/identity/v1/user/";
    private const string IdentityScope = "https://api.ebay.com/oauth/api_scope/commerce.identity.readonly";
    private const string ScopePrefix = "https://api.ebay.com/oauth/api_scope";

    // eBay's codes and refresh tokens look like v^1.1#i^1#…, so they must be URL-encoded on the way back.
    private const string CodePrefix = "v^1.1#i^1#f^0#p^3#r^1#I^3#t^";
    private const string RefreshPrefix = "v^1.1#i^1#r^1#f^0#p^3#I^3#t^";

    private const string InvalidCodeGrant = """{"error":"invalid_grant","error_description":"the provided authorization grant code is invalid or was issued to another client"}""";
    private const string InvalidScope = """{"error":"invalid_scope","error_description":"The requested scope is invalid, unknown, malformed, or exceeds the scope granted to the client"}""";
    private const string AccessDenied = """{"errors":[{"errorId":1100,"domain":"ACCESS","category":"REQUEST","message":"Access denied","longMessage":"Insufficient permissions to fulfill the request."}]}""";

    /// <summary>Everything the seller of <see cref="EbaySandboxOptions.RefreshToken"/> consented to.</summary>
    private static readonly string[] AllScopes =
    [
        "https://api.ebay.com/oauth/api_scope/sell.fulfillment",
        "https://api.ebay.com/oauth/api_scope/sell.inventory",
        IdentityScope,
    ];

    private readonly SandboxConsentCodes<EbaySandboxCodeGrant> _codes;
    private readonly ConcurrentDictionary<string, EbaySandboxRuName> _ruNames;
    private readonly ConcurrentDictionary<string, IReadOnlyList<string>> _refreshTokens = new(StringComparer.Ordinal);
    private int _codesExchanged;

    /// <summary>Authorization codes exchanged for tokens.</summary>
    public int CodesExchanged => Volatile.Read(ref _codesExchanged);

    /// <summary>Adds (or changes) a RuName of the app, as the developer portal's "User Tokens" page does.</summary>
    public void AddRuName(string ruName, Uri acceptUrl, Uri? declineUrl = null) =>
        _ruNames[ruName] = new EbaySandboxRuName(acceptUrl, declineUrl ?? acceptUrl);

    /// <summary>
    /// The seller revokes the app: every user token issued so far (access and refresh, the configured one included) is
    /// refused from now on; tokens a later consent obtains are accepted.
    /// </summary>
    public void RevokeUserTokens()
    {
        _refreshTokens.Clear();
        _tokens.Clear();
        _tokenScopes.Clear();
    }

    private ResponseMessage Consent(IRequestMessage request)
    {
        if (Query(request, "client_id") != Options.ClientId)
        {
            return SandboxConsentPage.Refused("unauthorized_client: the client_id is not an application of this environment.");
        }

        if (Query(request, "redirect_uri") is not { } ruName || !_ruNames.TryGetValue(ruName, out var redirect))
        {
            return SandboxConsentPage.Refused("invalid_request: redirect_uri must be one of the application's RuNames.");
        }

        if (Query(request, "response_type") != "code")
        {
            return SandboxConsentPage.Refused("unsupported_response_type: response_type must be code.");
        }

        var scopes = Scopes(Query(request, "scope"));
        if (scopes.Length == 0 || scopes.Any(s => !s.StartsWith(ScopePrefix, StringComparison.Ordinal)))
        {
            return SandboxConsentPage.Refused("invalid_scope: the requested scope is invalid, unknown or malformed.");
        }

        if (SandboxConsentPage.IsPageRequest(request))
        {
            return SandboxConsentPage.Page("eBay", ruName, Options.Username);
        }

        var state = Query(request, "state");
        if (!SandboxConsentPage.Approved(request))
        {
            return SandboxConsentPage.Redirect(redirect.DeclineUrl, state is null ? [] : [new("state", state)]);
        }

        var code = CodePrefix + _codes.Issue(new EbaySandboxCodeGrant(ruName, scopes));
        var query = new List<KeyValuePair<string, string>>();
        if (state is not null)
        {
            query.Add(new("state", state));
        }

        query.Add(new("code", code));
        query.Add(new("expires_in", ((int)Options.AuthorizationCodeLifetime.TotalSeconds).ToString(CultureInfo.InvariantCulture)));
        return SandboxConsentPage.Redirect(redirect.AcceptUrl, query);
    }

    private ResponseMessage ExchangeCode(Dictionary<string, string> form)
    {
        var code = form.GetValueOrDefault("code");
        var grant = Authorization.IsRefusing || code is null || !code.StartsWith(CodePrefix, StringComparison.Ordinal)
            ? null
            : _codes.Redeem(code[CodePrefix.Length..]);
        if (grant is null || grant.RuName != form.GetValueOrDefault("redirect_uri"))
        {
            return SandboxResponses.Json(HttpStatusCode.BadRequest, InvalidCodeGrant);
        }

        Interlocked.Increment(ref _codesExchanged);
        var refreshToken = RefreshPrefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        _refreshTokens[refreshToken] = grant.Scopes;
        var body = new JsonObject
        {
            ["access_token"] = IssueUserToken(grant.Scopes),
            ["expires_in"] = Options.AccessTokenLifetimeSeconds,
            ["refresh_token"] = refreshToken,
            ["refresh_token_expires_in"] = 47_304_000,
            ["token_type"] = "User Access Token",
        };
        return SandboxResponses.Json(HttpStatusCode.OK, body.ToJsonString());
    }

    private ResponseMessage GetUser(IRequestMessage request)
    {
        var bearer = SandboxResponses.Header(request, "Authorization");
        var token = bearer is { Length: > 7 } && bearer.StartsWith("Bearer ", StringComparison.Ordinal) ? bearer[7..] : null;
        if (Authorization.IsRefusing || token is null || !_tokens.TryGetValue(token, out var expiresAt) || Options.TimeProvider.GetUtcNow() >= expiresAt)
        {
            return SandboxResponses.Json(HttpStatusCode.Unauthorized, InvalidToken);
        }

        if (!_tokenScopes.TryGetValue(token, out var scopes) || !scopes.Contains(IdentityScope, StringComparer.Ordinal))
        {
            return SandboxResponses.Json(HttpStatusCode.Forbidden, AccessDenied);
        }

        var body = new JsonObject
        {
            ["userId"] = Options.UserId,
            ["username"] = Options.Username,
            ["accountType"] = "INDIVIDUAL",
            ["registrationMarketplaceId"] = Options.MarketplaceId,
            ["status"] = "CONFIRMED",
        };
        return SandboxResponses.Json(HttpStatusCode.OK, body.ToJsonString());
    }

    private static string[] Scopes(string? scope) =>
        (scope ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
