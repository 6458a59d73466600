using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using CrossBorderHub.Connectors.SandboxKit;
using CrossBorderHub.Connectors.SandboxKit.Consent;
using WireMock;
using WireMock.Types;
using WireMock.Util;

namespace CrossBorderHub.Connectors.Amazon.Sandbox;

/// <summary>
/// Seller Central's consent page (/apps/authorize/consent) and Login with Amazon's authorization-code grant, as the
/// website authorization workflow describes them: the page takes application_id, state, redirect_uri (default: the app's
/// first registered redirect URI) and version=beta for a draft app; Confirm sends the browser to the redirect URI with
/// state, selling_partner_id, mws_auth_token (hybrid apps) and spapi_oauth_code; Cancel leaves the seller on Seller
/// Central (Amazon does not call the app back). A code is good once, for five minutes, for the redirect URI it was sent to.
/// </summary>
public sealed partial class AmazonSandbox
{
    private const string InvalidCodeBody = """{"error":"invalid_grant","error_description":"The request has an invalid grant parameter : code"}""";

    // Per consent: its refresh token and the access token that refresh token's grants hand out.
    private readonly ConcurrentDictionary<string, string> _consentRefreshTokens = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _consentAccessTokens = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _revoked = new(StringComparer.Ordinal);
    private readonly SandboxConsentCodes<AmazonSandboxConsentGrant> _consentCodes;
    private int _codeExchanges;

    /// <summary>Authorization codes exchanged for a refresh token.</summary>
    public int CodeExchanges => Volatile.Read(ref _codeExchanges);

    /// <summary>
    /// The seller revokes the app: every credential handed out so far (the sandbox's own refresh and access token, and
    /// each consent's) is refused from now on, LWA answering invalid_grant and SP-API 403; a later consent's are accepted.
    /// </summary>
    public void RevokeIssuedCredentials()
    {
        Authorization.Refuse();
        foreach (var (refreshToken, accessToken) in _consentRefreshTokens)
        {
            _revoked[refreshToken] = true;
            _revoked[accessToken] = true;
        }
    }

    private Task<IResponseMessage> HandleConsentAsync(IRequestMessage request)
    {
        var applicationId = First(request, "application_id");
        if (applicationId != _options.ApplicationId)
        {
            return Answer(SandboxConsentPage.Refused("Seller Central does not know this application (application_id)."));
        }

        var beta = First(request, "version") == "beta";
        if (_options.DraftApplication && !beta)
        {
            return Answer(SandboxConsentPage.Refused("This application is in draft status: its authorization URI needs version=beta."));
        }

        if (RedirectFor(First(request, "redirect_uri")) is not { } redirect)
        {
            return Answer(SandboxConsentPage.Refused("redirect_uri is not one of the application's OAuth redirect URIs."));
        }

        if (SandboxConsentPage.IsPageRequest(request))
        {
            return Answer(SandboxConsentPage.Page("Amazon Seller Central", applicationId, _options.SellingPartnerId));
        }

        if (!SandboxConsentPage.Approved(request))
        {
            return Answer(Cancelled());
        }

        var query = new List<KeyValuePair<string, string>>();
        if (First(request, "state") is { } state)
        {
            query.Add(new("state", state));
        }

        if (_options.MwsAuthToken is { } mwsAuthToken)
        {
            query.Add(new("mws_auth_token", mwsAuthToken));
        }

        query.Add(new("selling_partner_id", _options.SellingPartnerId));
        query.Add(new("spapi_oauth_code", _consentCodes.Issue(new AmazonSandboxConsentGrant(redirect.AbsoluteUri))));
        return Answer(SandboxConsentPage.Redirect(redirect, query));
    }

    /// <summary>The authorization-code grant of the token endpoint (the app's client already checked).</summary>
    private ResponseMessage ExchangeCode(Dictionary<string, string> form)
    {
        var grant = _consentCodes.Redeem(form.GetValueOrDefault("code"));
        if (grant is null || grant.RedirectUri != form.GetValueOrDefault("redirect_uri"))
        {
            return SandboxResponses.Json(HttpStatusCode.BadRequest, InvalidCodeBody);
        }

        var refreshToken = $"Atzr|sandbox-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16))}";
        var accessToken = $"Atza|sandbox-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16))}";
        _consentAccessTokens[accessToken] = true;
        _consentRefreshTokens[refreshToken] = accessToken;
        Interlocked.Increment(ref _codeExchanges);
        Interlocked.Increment(ref _tokenGrants);
        var body = $$"""{"access_token":"{{accessToken}}","refresh_token":"{{refreshToken}}","token_type":"bearer","expires_in":{{_options.ExpiresInSeconds}}}""";
        return SandboxResponses.Json(HttpStatusCode.OK, body);
    }

    /// <summary>The access token a refresh grant hands out: the sandbox's own for its refresh token, a consent's for that consent's; null when refused.</summary>
    private string? AccessTokenFor(string? refreshToken)
    {
        if (refreshToken is null)
        {
            return null;
        }

        if (refreshToken == _options.RefreshToken)
        {
            return Authorization.IsRefusing ? null : _options.AccessToken;
        }

        return _consentRefreshTokens.TryGetValue(refreshToken, out var accessToken) && !_revoked.ContainsKey(refreshToken) ? accessToken : null;
    }

    /// <summary>An access token a consent's refresh token was granted, not revoked since.</summary>
    private bool IsConsentAccessToken(string? token) =>
        token is not null && _consentAccessTokens.ContainsKey(token) && !_revoked.ContainsKey(token);

    private Uri? RedirectFor(string? requested)
    {
        if (requested is null)
        {
            return _options.RedirectUris.Count > 0 ? _options.RedirectUris[0] : null;
        }

        if (!Uri.TryCreate(requested, UriKind.Absolute, out var redirect) || redirect.Scheme is not ("http" or "https"))
        {
            return null;
        }

        return _options.RedirectUris.Count == 0 || _options.RedirectUris.Any(r => r.AbsoluteUri == redirect.AbsoluteUri) ? redirect : null;
    }

    private static string? First(IRequestMessage request, string name) =>
        request.Query is { } query && query.TryGetValue(name, out var values) && values.FirstOrDefault() is { Length: > 0 } value ? value : null;

    private static Task<IResponseMessage> Answer(ResponseMessage response) => Task.FromResult<IResponseMessage>(response);

    /// <summary>Where Cancel leaves the seller: a Seller Central page; the app is not called back.</summary>
    private static ResponseMessage Cancelled()
    {
        var message = new ResponseMessage
        {
            StatusCode = 200,
            BodyData = new BodyData
            {
                BodyAsString = """
                    <!DOCTYPE html>
                    <html lang="en"><head><meta charset="utf-8"><title>Amazon Seller Central - authorization cancelled</title></head>
                    <body><main><h1>Amazon Seller Central (simulated)</h1><p id="cancelled">You did not authorize the application.</p></main></body></html>
                    """,
                DetectedBodyType = BodyType.String,
                Encoding = Encoding.UTF8,
            },
        };
        message.AddHeader("Content-Type", "text/html; charset=utf-8");
        return message;
    }
}
