using CrossBorderHub.Connectors.Shopee;
using CrossBorderHub.Connectors.Shopee.Http;

namespace CrossBorderHub.Connectors.Tests.Shopee;

/// <summary>
/// Shopee publishes no vector with its partner key, so the expected signs were computed apart from this code with
/// Python's hmac module (key = the partner key's UTF-8 bytes, SHA-256, lowercase hex) over the documented base strings.
/// </summary>
public sealed class ShopeeSignerTests
{
    private const string DemoPartnerKey = "57615053704d6470644f554a78656d50484143644964436a5568777544524579";

    [Fact]
    public void A_shop_call_signs_partner_id_path_timestamp_access_token_and_shop_id()
    {
        Assert.Equal("847892/api/v2/order/get_order_list1655714431shop-token-abc123456", ShopeeSigner.BaseString(847892, "/api/v2/order/get_order_list", 1655714431, "shop-token-abc", 123456));
        Assert.Equal(
            "cd3165125b7f0d29747e2f836f0b293f3267e1b6b63e375e39be49e5414fe514",
            ShopeeSigner.Sign(DemoPartnerKey, 847892, "/api/v2/order/get_order_list", 1655714431, "shop-token-abc", 123456));
    }

    [Fact]
    public void A_public_call_signs_partner_id_path_and_timestamp_only()
    {
        Assert.Equal("10090/api/v2/shop/auth_partner1594897040", ShopeeSigner.BaseString(10090, "/api/v2/shop/auth_partner", 1594897040));
        Assert.Equal(
            "e847c62669237986983c906b3a90ae29e571a9c7d41b5fd71dbf8143f26006f0",
            ShopeeSigner.Sign(DemoPartnerKey, 847892, "/api/v2/auth/access_token/get", 1655714431));
        Assert.Equal(
            "c51cb38a41f34c711cd9617903f005f1f371210a475a38c81117fe4c8ff95887",
            ShopeeSigner.Sign("partner-key", 10090, "/api/v2/shop/auth_partner", 1594897040));
    }

    [Fact]
    public void The_key_is_the_partner_key_text_not_its_hex_decoding()
    {
        var asText = ShopeeSigner.Sign(DemoPartnerKey, 1, "/p", 1);
        var asOtherKey = ShopeeSigner.Sign(DemoPartnerKey.ToUpperInvariant(), 1, "/p", 1);

        Assert.NotEqual(asText, asOtherKey);
        Assert.Matches("^[0-9a-f]{64}$", asText);
    }

    [Fact]
    public void A_signed_shop_request_carries_the_common_parameters_and_goes_to_the_store_host()
    {
        var store = new ShopeeRequestContext("s1", new Uri("http://127.0.0.1:5000"), 847892, DemoPartnerKey, "shop-token-abc", 123456, "op");

        var uri = ShopeeSigningHandler.Signed(new Uri("https://shopee.invalid/api/v2/order/get_order_list?time_range_field=update_time&page_size=100"), store, 1655714431);

        Assert.Equal("127.0.0.1", uri.Host);
        Assert.Equal("/api/v2/order/get_order_list", uri.AbsolutePath);
        Assert.Equal(
            "?time_range_field=update_time&page_size=100&partner_id=847892&timestamp=1655714431"
            + "&sign=cd3165125b7f0d29747e2f836f0b293f3267e1b6b63e375e39be49e5414fe514&access_token=shop-token-abc&shop_id=123456",
            uri.Query);
    }

    [Fact]
    public void Signing_again_replaces_the_previous_attempt_s_parameters()
    {
        var store = new ShopeeRequestContext("s1", new Uri("http://127.0.0.1:5000"), 847892, DemoPartnerKey, "shop-token-abc", 123456, "op");
        var first = ShopeeSigningHandler.Signed(new Uri("https://shopee.invalid/api/v2/order/get_order_list?page_size=1"), store, 1000);

        var second = ShopeeSigningHandler.Signed(first, store, 2000);

        Assert.Single(second.Query.Split('&'), p => p.StartsWith("sign=", StringComparison.Ordinal));
        Assert.Contains("timestamp=2000", second.Query, StringComparison.Ordinal);
        Assert.Contains(ShopeeSigner.Sign(DemoPartnerKey, 847892, "/api/v2/order/get_order_list", 2000, "shop-token-abc", 123456), second.Query, StringComparison.Ordinal);
    }

    [Fact]
    public void A_public_request_has_no_access_token_or_shop_id()
    {
        var store = new ShopeeRequestContext("s1", new Uri("http://127.0.0.1:5000"), 847892, DemoPartnerKey, null, null, "op");

        var uri = ShopeeSigningHandler.Signed(new Uri("https://shopee.invalid/api/v2/auth/access_token/get"), store, 1655714431);

        Assert.Equal("?partner_id=847892&timestamp=1655714431&sign=e847c62669237986983c906b3a90ae29e571a9c7d41b5fd71dbf8143f26006f0", uri.Query);
    }
}
