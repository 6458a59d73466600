using System.Security.Cryptography;
using System.Text;
using CrossBorderHub.Connectors;

namespace CrossBorderHub.Hub.Tests.Webhooks;

/// <summary>
/// The test marketplace's pushes: headers name the account, delivery and topic, and X-Fake-Signature is the hex
/// HMAC-SHA256 of the raw body with the store's secret (or, for a store without one, the app's <c>secret</c>). A GET with
/// <c>challenge_code</c> is answered with SHA-256 of the code, the app's <c>verificationToken</c> and the endpoint URL.
/// </summary>
public sealed class FakePushWebhooks : IMarketplaceWebhooks
{
    public const string AccountHeader = "X-Fake-Account";
    public const string DeliveryHeader = "X-Fake-Delivery";
    public const string TopicHeader = "X-Fake-Topic";
    public const string SignatureHeader = "X-Fake-Signature";

    public string Marketplace => FakePushConnector.Key;

    public static string Sign(string secret, byte[] body) => Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    public static string ChallengeResponse(string code, string token, string endpoint) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(code + token + endpoint)));

    public WebhookNotice? Read(WebhookDelivery delivery)
    {
        if (delivery.Header(AccountHeader) is not { Length: > 0 } account || delivery.Header(TopicHeader) is not { } topic)
        {
            return null;
        }

        var pulls = topic switch
        {
            "orders/updated" => MarketplaceCapabilities.PullOrders,
            "products/update" => MarketplaceCapabilities.PullCatalog,
            "shop/everything" => MarketplaceCapabilities.PullOrders | MarketplaceCapabilities.PullCatalog | MarketplaceCapabilities.PullInventory,
            "inventory/update" => MarketplaceCapabilities.PullInventory,
            _ => MarketplaceCapabilities.None,
        };
        return new WebhookNotice(account.ToLowerInvariant(), delivery.Header(DeliveryHeader), topic, pulls);
    }

    public bool Verify(WebhookDelivery delivery, StoreAccount store, ConsentApp? app)
    {
        var secret = store.Credential("secret") ?? app?.Value("secret");
        if (secret is null || delivery.Header(SignatureHeader) is not { } presented)
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes(Sign(secret, delivery.Body.ToArray()));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(presented));
    }

    public WebhookChallengeAnswer? AnswerChallenge(WebhookDelivery delivery, ConsentApp? app)
    {
        var code = System.Web.HttpUtility.ParseQueryString(delivery.Url.Query)["challenge_code"];
        if (delivery.Method != "GET" || code is null || app?.Value("verificationToken") is not { } token)
        {
            return null;
        }

        var response = ChallengeResponse(code, token, delivery.Url.GetLeftPart(UriPartial.Path));
        return new WebhookChallengeAnswer("application/json", $$"""{"challengeResponse":"{{response}}"}""");
    }
}
