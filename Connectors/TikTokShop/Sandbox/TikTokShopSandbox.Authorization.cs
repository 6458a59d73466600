using System.Text.Json.Nodes;
using CrossBorderHub.Connectors.SandboxKit;
using CrossBorderHub.Connectors.SandboxKit.Consent;
using WireMock;

namespace CrossBorderHub.Connectors.TikTokShop.Sandbox;

public sealed partial class TikTokShopSandbox
{
    /// <summary>The scopes the sandbox seller grants; the code exchange answers them as granted_scopes.</summary>
    public static readonly IReadOnlyList<string> GrantedScopes = ["seller.authorization.info", "seller.order.info", "seller.product.basic", "seller.fulfillment.basic"];

    public const string SellerOpenId = "sandbox_open_id";
    public const string SellerName = "Sandbox seller";
    public const string SellerBaseRegion = "GB";

    private readonly SandboxConsentCodes<TikTokShopSandboxCodeGrant> _codes;
    private int _grants;
    private int _exchanges;

    /// <summary>Code exchange requests received, granted or not.</summary>
    public int ExchangeRequestCount => Volatile.Read(ref _exchanges);

    /// <summary>Code exchanges granted.</summary>
    public int GrantCount => Volatile.Read(ref _grants);

    /// <summary>
    /// A single-use authorization code, as TikTok puts on the app's redirect once the seller consents (the consent page
    /// issues the same), valid for <see cref="TikTokShopSandboxOptions.AuthorizationCodeLifetime"/>. Exchanging it issues
    /// a new token pair that replaces the shop's current one (a revoked authorization, <see cref="SandboxAuthorization.Refuse"/>,
    /// stays revoked until restored).
    /// </summary>
    public string IssueAuthorizationCode() => _codes.Issue(new TikTokShopSandboxCodeGrant(_options.AppKey));

    /// <summary>
    /// The tokens issued so far stop working (the seller revoked the app, or they lapsed), unlike
    /// <see cref="SandboxAuthorization.Refuse"/> only until the seller authorizes again: the next code exchange's pair works.
    /// </summary>
    public void RetireTokens() => _tokens.Retire();

    private ResponseMessage GetToken(IRequestMessage request)
    {
        Interlocked.Increment(ref _exchanges);

        // An outage answers the token host too, before the code is looked at: the code stays usable.
        if (SandboxFaultAnswers.Replacement(Outage.For(int.MaxValue), _options.Faults, ThrottledBody, ServerErrorBody) is { } down)
        {
            return down;
        }

        var query = Query(request);
        if (query.GetValueOrDefault(TikTokShopConstants.AppKeyParameter) != _options.AppKey || query.GetValueOrDefault("app_secret") != _options.AppSecret)
        {
            Interlocked.Increment(ref _refused);
            return Envelope(InvalidSignatureCode, "Invalid app_key or app_secret.");
        }

        if (query.GetValueOrDefault("grant_type") != TikTokShopConstants.AuthorizationCodeGrant)
        {
            Interlocked.Increment(ref _refused);
            return Envelope(InvalidRequestCode, "grant_type must be authorized_code.");
        }

        // Checked last: a request refused for its app or grant type leaves the code usable, as it was never exchanged.
        if (_codes.Redeem(query.GetValueOrDefault("auth_code")) is not { } issued || issued.AppKey != _options.AppKey)
        {
            Interlocked.Increment(ref _refused);
            return Envelope(InvalidAuthCodeCode, "The auth_code is invalid, expired or already used.");
        }

        Interlocked.Increment(ref _grants);
        var now = _options.TimeProvider.GetUtcNow();
        var pair = _tokens.Grant(now, _options.AccessTokenLifetime);
        var data = TokenData(pair.Access, pair.ExpiresAt, pair.Refresh, now);
        data["granted_scopes"] = new JsonArray([.. GrantedScopes.Select(scope => JsonValue.Create(scope))]);
        return Envelope(0, "success", data);
    }

    private static JsonObject TokenData(string access, DateTimeOffset accessExpiresAt, string refresh, DateTimeOffset now) => new()
    {
        ["access_token"] = access,
        ["access_token_expire_in"] = accessExpiresAt.ToUnixTimeSeconds(),
        ["refresh_token"] = refresh,
        ["refresh_token_expire_in"] = (now + TimeSpan.FromDays(60)).ToUnixTimeSeconds(),
        ["open_id"] = SellerOpenId,
        ["seller_name"] = SellerName,
        ["seller_base_region"] = SellerBaseRegion,
        ["user_type"] = 0,
    };
}
