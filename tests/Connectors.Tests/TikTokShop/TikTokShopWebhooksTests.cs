using System.Text;
using CrossBorderHub.Connectors.TikTokShop;
using CrossBorderHub.Connectors.TikTokShop.Http;

namespace CrossBorderHub.Connectors.Tests.TikTokShop;

/// <summary>What the TikTok Shop connector reads from a push and whose secret verifies it.</summary>
public sealed class TikTokShopWebhooksTests
{
    private const string Signature = "21109834de72ec53c9959716d8514ae388ce1f123e5ffdcafc46713fcdf62b27";

    private static readonly byte[] Fixture =
        File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TikTokShop", "Fixtures", "webhook.order_status_change.sdk-test-fixture.json"));

    private readonly TikTokShopWebhooks _webhooks = new();

    [Fact]
    public void The_sdk_fixture_push_is_an_order_status_change_of_its_shop_that_calls_for_an_orders_sync()
    {
        var notice = _webhooks.Read(Delivery(Fixture, Signature));

        Assert.Equal(new WebhookNotice("7494726673780148744", null, "1", MarketplaceCapabilities.PullOrders), notice);
    }

    [Theory]
    [InlineData("""{"type":1,"tts_notification_id":"7327112393057371910","shop_id":7494000000000000123,"data":{}}""", "7494000000000000123", "7327112393057371910", 1)]
    [InlineData("""{"type":5,"tts_notification_id":"","shop_id":"7494000000000000123"}""", "7494000000000000123", null, 5)]
    public void A_numeric_shop_id_is_the_same_id_and_an_empty_notification_id_is_none(string body, string shopId, string? notificationId, int type)
    {
        var notice = _webhooks.Read(Delivery(Encoding.UTF8.GetBytes(body), null));

        Assert.NotNull(notice);
        Assert.Equal(shopId, notice.AccountKey);
        Assert.Equal(notificationId, notice.DeliveryId);
        Assert.Equal(type == 1 ? MarketplaceCapabilities.PullOrders : MarketplaceCapabilities.None, notice.Pulls);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("""{"shop_id":"7494000000000000123"}""")]
    [InlineData("""{"type":"one","shop_id":"7494000000000000123"}""")]
    [InlineData("""{"type":1,"shop_id":""}""")]
    [InlineData("""{"type":1,"shop_id":{"id":"7494000000000000123"}}""")]
    public void A_body_that_is_not_a_push_naming_a_shop_is_not_read(string body)
    {
        Assert.Null(_webhooks.Read(Delivery(Encoding.UTF8.GetBytes(body), null)));
    }

    [Fact]
    public void The_stores_own_app_key_and_secret_verify_the_push_and_anything_else_does_not()
    {
        Assert.True(_webhooks.Verify(Delivery(Fixture, Signature), Store("fake_app_key", "fake_app_secret"), app: null));
        Assert.True(_webhooks.Verify(Delivery(Fixture, Signature.ToUpperInvariant()), Store("fake_app_key", "fake_app_secret"), app: null));
        Assert.False(_webhooks.Verify(Delivery(Fixture, Signature), Store("fake_app_key", "another_secret"), app: null));
        Assert.False(_webhooks.Verify(Delivery(Fixture, Signature), Store("another_app_key", "fake_app_secret"), app: null));
        Assert.False(_webhooks.Verify(Delivery(Fixture, null), Store("fake_app_key", "fake_app_secret"), app: null));
        Assert.False(_webhooks.Verify(Delivery(Fixture, Signature[..^2]), Store("fake_app_key", "fake_app_secret"), app: null));
        Assert.False(_webhooks.Verify(Delivery(Fixture, "not hex at all, but exactly sixty-four characters long, padded.."), Store("fake_app_key", "fake_app_secret"), app: null));
    }

    [Fact]
    public void The_hubs_app_verifies_a_push_for_a_store_of_the_same_app_whose_stored_secret_is_stale()
    {
        var app = new ConsentApp(new Dictionary<string, string> { ["appKey"] = "fake_app_key", ["appSecret"] = "fake_app_secret" });
        var otherApp = new ConsentApp(new Dictionary<string, string> { ["appKey"] = "other_app_key", ["appSecret"] = "fake_app_secret" });

        Assert.True(_webhooks.Verify(Delivery(Fixture, Signature), Store("fake_app_key", "stale_secret"), app));
        Assert.False(_webhooks.Verify(Delivery(Fixture, Signature), Store("another_app_key", "stale_secret"), otherApp));
        Assert.False(_webhooks.Verify(Delivery(Fixture, Signature), Store("another_app_key", "stale_secret"), app));
    }

    [Fact]
    public void A_signature_is_the_hex_hmac_of_the_app_key_and_the_raw_body()
    {
        Assert.Equal(Signature, TikTokShopWebhookSignature.Compute("fake_app_key", "fake_app_secret", Fixture));
    }

    private static WebhookDelivery Delivery(byte[] body, string? signature)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Content-Type"] = "application/json" };
        if (signature is not null)
        {
            headers["Authorization"] = signature;
        }

        return new WebhookDelivery(new Uri("https://hub.example.com/webhooks/tiktokshop"), "POST", headers, body);
    }

    private static StoreAccount Store(string appKey, string appSecret) => new(
        Guid.NewGuid(),
        Guid.NewGuid(),
        "tiktokshop",
        "Shop",
        new Dictionary<string, string> { ["appKey"] = appKey, ["shopId"] = "7494726673780148744" },
        new Dictionary<string, string> { ["appSecret"] = appSecret, ["accessToken"] = "a", ["refreshToken"] = "r" });
}
