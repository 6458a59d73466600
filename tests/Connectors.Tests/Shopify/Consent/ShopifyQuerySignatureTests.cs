using CrossBorderHub.Connectors.Shopify.Consent;

namespace CrossBorderHub.Connectors.Tests.Shopify.Consent;

public sealed class ShopifyQuerySignatureTests
{
    private static Dictionary<string, string> Query(params (string Name, string Value)[] pairs) =>
        pairs.ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);

    /// <summary>Shopify's own documented example (the OAuth guide's verification step: secret "hush").</summary>
    [Fact]
    public void Shopifys_documented_callback_verifies_with_its_secret()
    {
        var query = Query(
            ("code", "0907a61c0c8d55e99db179b68161bc00"),
            ("hmac", "700e2dadb827fcc8609e9d5ce208b2e9cdaab9df07390d2cbca10d7c328fc4bf"),
            ("shop", "some-shop.myshopify.com"),
            ("state", "0.6784241404160823"),
            ("timestamp", "1337178173"));

        Assert.True(ShopifyQuerySignature.Verify(query, "hush"));
        Assert.False(ShopifyQuerySignature.Verify(query, "hush!"));
    }

    [Fact]
    public void Shopifys_documented_message_without_state_signs_to_its_documented_hmac()
    {
        var query = Query(("timestamp", "1337178173"), ("shop", "some-shop.myshopify.com"), ("code", "0907a61c0c8d55e99db179b68161bc00"));

        Assert.Equal("code=0907a61c0c8d55e99db179b68161bc00&shop=some-shop.myshopify.com&timestamp=1337178173", ShopifyQuerySignature.Message(query));
        Assert.Equal("4712bf92ffc2917d15a2f5a273e39f0116667419aa4b6ac0b3baaf26fa3c4d20", ShopifyQuerySignature.Sign(query, "hush"));
    }

    /// <summary>The library's test input: spaces in values are written as '+' in the signed message.</summary>
    [Fact]
    public void Values_with_spaces_are_signed_form_encoded_as_shopifys_libraries_rebuild_them()
    {
        var query = Query(
            ("state", "some nonce passed from auth"),
            ("code", "some code goes here"),
            ("timestamp", "1700000000"),
            ("shop", "the shop URL"));

        Assert.Equal("code=some+code+goes+here&shop=the+shop+URL&state=some+nonce+passed+from+auth&timestamp=1700000000", ShopifyQuerySignature.Message(query));
        Assert.Equal("8ca9d3141ab9158cc57a8577807d670821a3aa91bd5da9512856bcfb989c47a3", ShopifyQuerySignature.Sign(query, "my super secret key"));
    }

    [Fact]
    public void Hmac_and_signature_are_left_out_of_the_message_and_reserved_characters_are_escaped()
    {
        var query = Query(("hmac", "x"), ("signature", "y"), ("host", "YWRtaW4=/+"), ("a&b", "c=d"));

        Assert.Equal("a%26b=c%3Dd&host=YWRtaW4%3D%2F%2B", ShopifyQuerySignature.Message(query));
    }

    [Theory]
    [InlineData("code", "0907a61c0c8d55e99db179b68161bc01")]
    [InlineData("shop", "other-shop.myshopify.com")]
    [InlineData("state", "0.6784241404160824")]
    [InlineData("timestamp", "1337178174")]
    [InlineData("extra", "added")]
    public void A_callback_with_any_value_changed_or_added_does_not_verify(string name, string value)
    {
        var query = Query(
            ("code", "0907a61c0c8d55e99db179b68161bc00"),
            ("hmac", "700e2dadb827fcc8609e9d5ce208b2e9cdaab9df07390d2cbca10d7c328fc4bf"),
            ("shop", "some-shop.myshopify.com"),
            ("state", "0.6784241404160823"),
            ("timestamp", "1337178173"));
        query[name] = value;

        Assert.False(ShopifyQuerySignature.Verify(query, "hush"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not-hex-at-all-not-hex-at-all-not-hex-at-all-not-hex-at-all-xx")]
    [InlineData("700e2dadb827fcc8609e9d5ce208b2e9")]
    public void A_missing_short_or_malformed_hmac_does_not_verify(string? hmac)
    {
        var query = Query(("code", "0907a61c0c8d55e99db179b68161bc00"), ("shop", "some-shop.myshopify.com"), ("state", "0.6784241404160823"), ("timestamp", "1337178173"));
        if (hmac is not null)
        {
            query["hmac"] = hmac;
        }

        Assert.False(ShopifyQuerySignature.Verify(query, "hush"));
    }
}
