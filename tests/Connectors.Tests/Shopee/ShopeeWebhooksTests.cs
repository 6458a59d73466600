using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using CrossBorderHub.Connectors.Shopee;
using CrossBorderHub.Connectors.Shopee.Webhooks;

namespace CrossBorderHub.Connectors.Tests.Shopee;

/// <summary>
/// Shopee pushes. The signature vector was computed apart from this code with Python's hmac module: key = the partner
/// key's UTF-8 bytes, SHA-256, lowercase hex, over the URL, "|" and the body (the body is Shopee's own example of an
/// order status push, from the v2.push.get_lost_push_message reference).
/// </summary>
public sealed class ShopeeWebhooksTests
{
    private const string PartnerKey = "57615053704d6470644f554a78656d50484143644964436a5568777544524579";
    private const string PushUrl = "https://hub.example.com/webhooks/shopee";
    private const string OrderPush =
        """{"data":{"items":[],"ordersn":"220810QSK8S7BX","status":"PROCESSED","completed_scenario":"","update_time":1660123127},"shop_id":727720655,"code":3,"timestamp":1660123127}""";

    private const string OrderPushSignature = "3b7d57bf3e03367050a987201dd49b9b066d82b0c1d65595e8f8ffdaef95e4aa";

    private readonly ShopeeWebhooks _webhooks = new();

    [Fact]
    public void The_push_signature_is_the_hex_hmac_of_the_url_a_bar_and_the_raw_body_with_the_partner_key()
    {
        Assert.Equal(OrderPushSignature, ShopeePushSignature.Sign(PartnerKey, PushUrl, Encoding.UTF8.GetBytes(OrderPush)));
        Assert.True(_webhooks.Verify(Push(OrderPush, OrderPushSignature), Store(PartnerKey), null));
        Assert.True(_webhooks.Verify(Push(OrderPush, OrderPushSignature.ToUpperInvariant()), Store(PartnerKey), null));
    }

    [Fact]
    public void A_push_whose_body_url_or_key_differs_from_what_was_signed_is_not_verified()
    {
        var tamperedBody = OrderPush.Replace("PROCESSED", "CANCELLED", StringComparison.Ordinal);

        Assert.False(_webhooks.Verify(Push(tamperedBody, OrderPushSignature), Store(PartnerKey), null));
        Assert.False(_webhooks.Verify(Push(OrderPush, OrderPushSignature, "https://hub.example.com/webhooks/shopee2"), Store(PartnerKey), null));
        Assert.False(_webhooks.Verify(Push(OrderPush, OrderPushSignature), Store("another-partner-key"), null));
        Assert.False(_webhooks.Verify(Push(OrderPush + " ", OrderPushSignature), Store(PartnerKey), null));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("3b7d57bf")]
    [InlineData("zz7d57bf3e03367050a987201dd49b9b066d82b0c1d65595e8f8ffdaef95e4aa")]
    [InlineData("Bearer 3b7d57bf3e03367050a987201dd49b9b066d82b0c1d65595e8f8ffdaef95e4aa")]
    public void A_push_without_a_well_formed_authorization_header_is_not_verified(string? header)
    {
        Assert.False(_webhooks.Verify(Push(OrderPush, header), Store(PartnerKey), null));
    }

    [Fact]
    public void The_app_s_partner_key_verifies_a_push_for_a_store_holding_another_key()
    {
        var app = new ConsentApp(new Dictionary<string, string> { ["partnerId"] = "847892", ["partnerKey"] = PartnerKey });

        Assert.True(_webhooks.Verify(Push(OrderPush, OrderPushSignature), Store("an-older-key"), app));
    }

    [Theory]
    [InlineData(3, "order_status_push", MarketplaceCapabilities.PullOrders)]
    [InlineData(4, "order_trackingno_push", MarketplaceCapabilities.PullOrders)]
    [InlineData(6, "banned_item_push", MarketplaceCapabilities.PullCatalog)]
    [InlineData(7, "item_promotion_push", MarketplaceCapabilities.PullInventory)]
    [InlineData(8, "reserved_stock_change_push", MarketplaceCapabilities.PullInventory)]
    [InlineData(5, "shopee_updates", MarketplaceCapabilities.None)]
    [InlineData(10, "webchat_push", MarketplaceCapabilities.None)]
    [InlineData(15, "shipping_document_status_push", MarketplaceCapabilities.None)]
    [InlineData(99, "code_99", MarketplaceCapabilities.None)]
    public void Each_push_code_names_its_topic_and_the_pulls_that_bring_its_change_in(int code, string topic, MarketplaceCapabilities pulls)
    {
        var notice = _webhooks.Read(Push(Body(code, """{"ordersn":"X1"}""", 1660123127), "sig"))!;

        Assert.Equal(topic, notice.Topic);
        Assert.Equal(pulls, notice.Pulls);
        Assert.Equal("727720655", notice.AccountKey);
    }

    [Fact]
    public void A_redelivery_of_the_same_push_gets_the_same_delivery_id_and_another_push_another()
    {
        var first = _webhooks.Read(Push(OrderPush, OrderPushSignature))!;
        var redelivered = _webhooks.Read(Push(OrderPush.Replace(",", ", ", StringComparison.Ordinal), "sig"))!;
        var laterStatus = _webhooks.Read(Push(OrderPush.Replace("PROCESSED", "SHIPPED", StringComparison.Ordinal), "sig"))!;
        var laterTime = _webhooks.Read(Push(OrderPush.Replace("\"timestamp\":1660123127", "\"timestamp\":1660123128", StringComparison.Ordinal), "sig"))!;
        var otherShop = _webhooks.Read(Push(OrderPush.Replace("727720655", "727720656", StringComparison.Ordinal), "sig"))!;

        Assert.StartsWith("3-727720655-1660123127-", first.DeliveryId, StringComparison.Ordinal);
        Assert.Equal(first.DeliveryId, redelivered.DeliveryId);
        Assert.Equal(5, new[] { first, laterStatus, laterTime, otherShop }.Select(n => n.DeliveryId).Append("x").Distinct().Count());
    }

    [Fact]
    public void A_partner_level_push_names_no_shop_and_calls_for_no_sync()
    {
        var notice = _webhooks.Read(Push("""{"data":{"shop_id_list":[1,2]},"code":12,"timestamp":1660123127}""", "sig"))!;

        Assert.Equal("", notice.AccountKey);
        Assert.Equal(MarketplaceCapabilities.None, notice.Pulls);
        Assert.Equal("open_api_authorization_expiry_push", notice.Topic);
    }

    [Fact]
    public void A_post_about_no_shop_signed_with_the_app_s_key_is_acknowledged_with_an_empty_body_and_nothing_else_is()
    {
        const string partnerPush = """{"data":{"shop_id_list":[1,2]},"code":12,"timestamp":1660123127}""";
        const string urlCheck = """{"msg":"callback url verification"}""";
        var app = new ConsentApp(new Dictionary<string, string> { ["partnerId"] = "847892", ["partnerKey"] = PartnerKey });
        string Sign(string body) => ShopeePushSignature.Sign(PartnerKey, PushUrl, Encoding.UTF8.GetBytes(body));

        var answer = _webhooks.AnswerChallenge(Push(partnerPush, Sign(partnerPush)), app);

        Assert.Equal("", answer!.Body);
        Assert.NotNull(_webhooks.AnswerChallenge(Push(urlCheck, Sign(urlCheck)), app));
        Assert.Null(_webhooks.AnswerChallenge(Push(partnerPush, Sign(partnerPush)), null));
        Assert.Null(_webhooks.AnswerChallenge(Push(partnerPush, ShopeePushSignature.Sign("another-key", PushUrl, Encoding.UTF8.GetBytes(partnerPush))), app));
        Assert.Null(_webhooks.AnswerChallenge(Push(partnerPush, null), app));
        Assert.Null(_webhooks.AnswerChallenge(Push(OrderPush, OrderPushSignature), app));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("""{"shop_id":1,"timestamp":2}""")]
    [InlineData("""{"code":"three","shop_id":1}""")]
    public void A_body_that_is_not_a_shopee_push_is_not_read(string body)
    {
        Assert.Null(_webhooks.Read(Push(body, "sig")));
    }

    [Fact]
    public void A_get_is_not_a_push()
    {
        Assert.Null(_webhooks.Read(new WebhookDelivery(new Uri(PushUrl), "GET", new Dictionary<string, string>(), Encoding.UTF8.GetBytes(OrderPush))));
    }

    [Fact]
    public async Task A_push_the_sandbox_sends_verifies_with_the_store_s_partner_key_and_asks_for_an_orders_pull()
    {
        using var sandbox = ShopeeTestHost.StartSandbox(orders: 1, days: 1);
        var url = new Uri($"http://127.0.0.1:{FreeLoopbackPort()}/webhooks/shopee");
        using var listener = new HttpListener { Prefixes = { new Uri(url, "/").AbsoluteUri } };
        listener.Start();
        var received = ReceiveOneAsync(listener);

        var status = await sandbox.SendOrderStatusPushAsync(url, sandbox.Data.OrderSn(0), "READY_TO_SHIP", CancellationToken.None);
        var (headers, body) = await received;
        var delivery = new WebhookDelivery(url, "POST", headers, body);
        var notice = _webhooks.Read(delivery)!;

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(sandbox.Options.ShopId.ToString(CultureInfo.InvariantCulture), notice.AccountKey);
        Assert.Equal(MarketplaceCapabilities.PullOrders, notice.Pulls);
        Assert.True(_webhooks.Verify(delivery, Store(sandbox.Options.PartnerKey), null));
        Assert.False(_webhooks.Verify(delivery with { Url = new Uri(url, "/webhooks/other") }, Store(sandbox.Options.PartnerKey), null));
    }

    private static StoreAccount Store(string partnerKey) => new(
        Guid.NewGuid(),
        Guid.NewGuid(),
        ShopeeConstants.Marketplace,
        "Shop",
        new Dictionary<string, string> { ["partnerId"] = "847892", ["shopId"] = "727720655" },
        new Dictionary<string, string> { ["partnerKey"] = partnerKey, ["accessToken"] = "a", ["refreshToken"] = "r" });

    private static WebhookDelivery Push(string body, string? authorization, string url = PushUrl)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Content-Type"] = "application/json" };
        if (authorization is not null)
        {
            headers["Authorization"] = authorization;
        }

        return new WebhookDelivery(new Uri(url), "POST", headers, Encoding.UTF8.GetBytes(body));
    }

    private static string Body(int code, string data, long timestamp) =>
        string.Create(CultureInfo.InvariantCulture, $$"""{"data":{{data}},"shop_id":727720655,"code":{{code}},"timestamp":{{timestamp}}}""");

    /// <summary>Takes one request and answers 200 with an empty body, as Shopee asks an app to.</summary>
    private static async Task<(Dictionary<string, string> Headers, byte[] Body)> ReceiveOneAsync(HttpListener listener)
    {
        var context = await listener.GetContextAsync();
        using var body = new MemoryStream();
        await context.Request.InputStream.CopyToAsync(body);
        var headers = context.Request.Headers.AllKeys.OfType<string>()
            .ToDictionary(k => k, k => context.Request.Headers[k] ?? "", StringComparer.OrdinalIgnoreCase);
        context.Response.StatusCode = 200;
        context.Response.Close();
        return (headers, body.ToArray());
    }

    private static int FreeLoopbackPort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
