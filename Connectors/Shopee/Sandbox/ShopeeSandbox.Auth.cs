using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using CrossBorderHub.Connectors.SandboxKit;
using CrossBorderHub.Connectors.SandboxKit.Consent;
using CrossBorderHub.Connectors.Shopee.Wire;
using WireMock;
using WireMock.Types;
using WireMock.Util;

namespace CrossBorderHub.Connectors.Shopee.Sandbox;

public sealed partial class ShopeeSandbox
{
    /// <summary>Shopee's authorization code: single use, valid for 10 minutes.</summary>
    public static readonly TimeSpan CodeValidity = TimeSpan.FromMinutes(10);

    /// <summary>
    /// A code as Shopee puts on the redirect after the seller authorizes the shop, without going through the page; the
    /// same single-use, 10-minute code the page issues.
    /// </summary>
    public string IssueAuthorizationCode() => _codes.Issue(new ShopeeSandboxConsentGrant(_options.ShopId));

    /// <summary>
    /// shop/auth_partner, the page a seller opens to authorize the app. A link with a wrong sign or no redirect is refused
    /// as Shopee refuses it; a good one shows the consent page (GET). Authorizing (POST approve) sends the browser to
    /// redirect?code=…&amp;shop_id=…; declining leaves the seller on Shopee with nothing sent back, as Shopee documents
    /// no redirect for a seller who does not authorize.
    /// </summary>
    private Task<IResponseMessage> AuthPartnerAsync(IRequestMessage request)
    {
        var query = ParseQuery(request.Url);
        if (Refusal(request.Path, query, shopApi: false) is { } refusal)
        {
            Log(0, request.Path, refusal.Status, refusal.Error, SandboxFault.None);
            return Task.FromResult<IResponseMessage>(SandboxResponses.Bytes(refusal.Status, Error(refusal.Error, refusal.Message)));
        }

        if (!Uri.TryCreate(query.GetValueOrDefault("redirect"), UriKind.Absolute, out var redirect) || redirect.Scheme is not ("http" or "https"))
        {
            Log(0, request.Path, 400, "error_param", SandboxFault.None);
            return Task.FromResult<IResponseMessage>(SandboxResponses.Bytes(400, Error("error_param", "Wrong parameters, detail: redirect is required.")));
        }

        var app = string.Create(CultureInfo.InvariantCulture, $"partner {_options.PartnerId}");
        if (SandboxConsentPage.IsPageRequest(request))
        {
            Log(0, request.Path, 200, null, SandboxFault.None);
            return Task.FromResult<IResponseMessage>(SandboxConsentPage.Page("Shopee Open Platform", app, _options.ShopName));
        }

        if (!SandboxConsentPage.Approved(request))
        {
            Log(0, request.Path, 200, "declined", SandboxFault.None);
            return Task.FromResult<IResponseMessage>(Declined(app));
        }

        var code = IssueAuthorizationCode();
        Log(0, request.Path, 302, null, SandboxFault.None);
        return Task.FromResult<IResponseMessage>(SandboxConsentPage.Redirect(
            redirect,
            [new("code", code), new("shop_id", _options.ShopId.ToString(CultureInfo.InvariantCulture))]));
    }

    /// <summary>The page a seller who did not authorize stays on: Shopee sends nothing back to the app.</summary>
    private static ResponseMessage Declined(string app)
    {
        var html = $"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Shopee Open Platform - authorization cancelled</title></head>
            <body><main><h1>Shopee Open Platform (simulated)</h1><p id="declined">You did not authorize {WebUtility.HtmlEncode(app)}. You can close this page.</p></main></body></html>
            """;
        var message = new ResponseMessage
        {
            StatusCode = 200,
            BodyData = new BodyData { BodyAsString = html, DetectedBodyType = BodyType.String, Encoding = Encoding.UTF8 },
        };
        message.AddHeader("Content-Type", "text/html; charset=utf-8");
        return message;
    }

    /// <summary>auth/token/get: a code the page issued, once and within 10 minutes, for the shop it was issued for; the answer is a fresh token pair.</summary>
    private (int, byte[]) GetAccessToken(IRequestMessage request, IReadOnlyDictionary<string, string> query)
    {
        ShopeeGetAccessTokenRequest? body;
        try
        {
            body = JsonSerializer.Deserialize(request.Body ?? "", ShopeeJsonContext.Default.ShopeeGetAccessTokenRequest);
        }
        catch (JsonException)
        {
            body = null;
        }

        if (body is null || string.IsNullOrEmpty(body.Code) || body.PartnerId <= 0)
        {
            return (400, Error("error_param", "Wrong parameters, detail: code, partner_id and shop_id are required."));
        }

        if (body.PartnerId != _options.PartnerId)
        {
            return (400, Error("invalid_partner_id", "Invalid partner_id, please have a check."));
        }

        // A code is spent by any exchange naming it, as Shopee's single-use codes are.
        var grant = _codes.Redeem(body.Code);
        if (grant is null)
        {
            return (400, Error("invalid_code", "The code is expired or used or invalid, please check the code."));
        }

        if (body.ShopId != grant.ShopId)
        {
            return (400, Error("invalid_shop_id", "The code or shop_id is wrong, please check the code or the shop_id."));
        }

        string access;
        string refresh;
        lock (_tokenGate)
        {
            _accessToken = access = $"access-{Guid.NewGuid():N}";
            _refreshToken = refresh = $"refresh-{Guid.NewGuid():N}";
        }

        Interlocked.Increment(ref _exchanges);
        return (200, JsonSerializer.SerializeToUtf8Bytes(
            new ShopeeTokenResponse { Error = "", Message = "", RequestId = RequestId(), AccessToken = access, RefreshToken = refresh, ExpireIn = 14_400 },
            ShopeeJsonContext.Default.ShopeeTokenResponse));
    }

    /// <summary>shop/get_shop_info: the shop's name, region and status, flat beside error and message.</summary>
    private (int, byte[]) ShopInfo(IRequestMessage request, IReadOnlyDictionary<string, string> query) =>
        (200, JsonSerializer.SerializeToUtf8Bytes(
            new ShopeeShopInfoResponse { Error = "", Message = "", RequestId = RequestId(), ShopName = _options.ShopName, Region = _options.Region, Status = "NORMAL" },
            ShopeeJsonContext.Default.ShopeeShopInfoResponse));
}
