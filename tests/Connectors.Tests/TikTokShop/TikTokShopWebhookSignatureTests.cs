using System.Text;
using CrossBorderHub.Connectors.TikTokShop.Http;

namespace CrossBorderHub.Connectors.Tests.TikTokShop;

public sealed class TikTokShopWebhookSignatureTests
{
    private const string Fixture = "webhook.order_status_change.sdk-test-fixture.json";

    /// <summary>The SDK's own webhook test fixture, byte-exact; the expected value was computed independently from the algorithm.</summary>
    private const string Expected = "21109834de72ec53c9959716d8514ae388ce1f123e5ffdcafc46713fcdf62b27";

    [Fact]
    public void The_sdk_fixture_order_status_push_verifies_with_its_app_key_and_secret()
    {
        var body = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TikTokShop", "Fixtures", Fixture));

        Assert.Equal(Expected, TikTokShopWebhookSignature.Compute("fake_app_key", "fake_app_secret", body));
        Assert.True(TikTokShopWebhookSignature.Verify("fake_app_key", "fake_app_secret", body, Expected.ToUpperInvariant()));
    }

    [Fact]
    public void A_changed_body_another_app_or_no_header_fails_verification()
    {
        var body = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TikTokShop", "Fixtures", Fixture));
        var changed = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(body).Replace("AWAITING_SHIPMENT", "CANCELLED", StringComparison.Ordinal));

        Assert.NotEqual(body, changed);
        Assert.False(TikTokShopWebhookSignature.Verify("fake_app_key", "fake_app_secret", changed, Expected));
        Assert.False(TikTokShopWebhookSignature.Verify("other_app_key", "fake_app_secret", body, Expected));
        Assert.False(TikTokShopWebhookSignature.Verify("fake_app_key", "fake_app_secret", body, null));
    }
}
