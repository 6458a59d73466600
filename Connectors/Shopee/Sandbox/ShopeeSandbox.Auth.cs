using System.Text.Json;
using CrossBorderHub.Connectors.SandboxKit;
using CrossBorderHub.Connectors.Shopee.Wire;
using WireMock;
using WireMock.ResponseBuilders;

namespace CrossBorderHub.Connectors.Shopee.Sandbox;

public sealed partial class ShopeeSandbox
{
    /// <summary>
    /// shop/auth_partner, the page a seller opens to authorize the app: with a valid public sign and a redirect it
    /// "authorizes" at once and sends the browser back to redirect?code=…&amp;shop_id=…, as Shopee does after the seller agrees.
    /// </summary>
    private Task<IResponseMessage> AuthPartnerAsync(IRequestMessage request)
    {
        var query = ParseQuery(request.Url);
        if (Refusal(request.Path, query, shopApi: false) is { } refusal)
        {
            Log(0, request.Path, refusal.Status, refusal.Error, SandboxFault.None);
            return Task.FromResult<IResponseMessage>(SandboxResponses.Bytes(refusal.Status, Error(refusal.Error, refusal.Message)));
        }

        if (!Uri.TryCreate(query.GetValueOrDefault("redirect"), UriKind.Absolute, out var redirect))
        {
            Log(0, request.Path, 400, "error_param", SandboxFault.None);
            return Task.FromResult<IResponseMessage>(SandboxResponses.Bytes(400, Error("error_param", "Wrong parameters, detail: redirect is required.")));
        }

        var separator = string.IsNullOrEmpty(redirect.Query) ? "?" : "&";
        var location = FormattableString.Invariant($"{redirect.AbsoluteUri}{separator}code={Uri.EscapeDataString(_options.AuthorizationCode)}&shop_id={_options.ShopId}");
        Log(0, request.Path, 302, null, SandboxFault.None);
        var message = new ResponseMessage { StatusCode = 302 };
        message.AddHeader("Location", location);
        return Task.FromResult<IResponseMessage>(message);
    }

    /// <summary>auth/token/get: the authorization code, once, for the shop it was issued for; the answer is a fresh token pair.</summary>
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

        if (body.ShopId != _options.ShopId)
        {
            return (400, Error("invalid_shop_id", "The code or shop_id is wrong, please check the code or the shop_id."));
        }

        string access;
        string refresh;
        lock (_tokenGate)
        {
            if (_codeSpent || body.Code != _options.AuthorizationCode)
            {
                return (400, Error("invalid_code", "The code is expired or used or invalid, please check the code."));
            }

            _codeSpent = true;
            _accessToken = access = $"access-{Guid.NewGuid():N}";
            _refreshToken = refresh = $"refresh-{Guid.NewGuid():N}";
        }

        return (200, JsonSerializer.SerializeToUtf8Bytes(
            new ShopeeTokenResponse { Error = "", Message = "", RequestId = RequestId(), AccessToken = access, RefreshToken = refresh, ExpireIn = 14_400 },
            ShopeeJsonContext.Default.ShopeeTokenResponse));
    }
}
