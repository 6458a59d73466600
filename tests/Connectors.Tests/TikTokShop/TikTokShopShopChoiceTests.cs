using CrossBorderHub.Connectors.TikTokShop;

namespace CrossBorderHub.Connectors.Tests.TikTokShop;

public sealed class TikTokShopShopChoiceTests
{
    private static readonly TikTokShopAuthorizedShop Gb = new("101", "London", "GB", "c101");
    private static readonly TikTokShopAuthorizedShop Uk = new("102", "Leeds", "UK", "c102");
    private static readonly TikTokShopAuthorizedShop Fr = new("201", "Paris", "FR", "c201");

    [Theory]
    [InlineData(null, null, "101")]
    [InlineData(null, "FR", "101")]
    public void A_single_shop_is_connected_whatever_the_callback_region(string? wanted, string? region, string expected) =>
        Assert.Equal(expected, TikTokShopShopChoice.Pick([Gb], wanted, region).Id);

    [Theory]
    [InlineData("201", "GB", "201")]
    [InlineData("fr", "GB", "201")]
    [InlineData(null, "FR", "201")]
    [InlineData(null, "GB", "101")]
    [InlineData("102", null, "102")]
    public void The_named_shop_wins_over_the_callback_region(string? wanted, string? region, string expected) =>
        Assert.Equal(expected, TikTokShopShopChoice.Pick([Gb, Fr, Uk with { Region = "DE" }], wanted, region).Id);

    [Fact]
    public void TikToks_UK_region_is_the_country_GB()
    {
        Assert.Equal("GB", TikTokShopShopChoice.Region("UK"));
        Assert.Throws<ConsentRefusedException>(() => TikTokShopShopChoice.Pick([Gb, Uk, Fr], "GB", null));
        Assert.Throws<ConsentRefusedException>(() => TikTokShopShopChoice.Pick([Gb, Uk, Fr], null, "GB"));
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData(null, "DE")]
    [InlineData("DE", "GB")]
    [InlineData("999", "GB")]
    public void No_shop_is_guessed(string? wanted, string? region) =>
        Assert.Throws<ConsentRefusedException>(() => TikTokShopShopChoice.Pick([Gb, Fr], wanted, region));

    [Fact]
    public void An_authorization_covering_no_shop_is_refused() =>
        Assert.Throws<ConsentRefusedException>(() => TikTokShopShopChoice.Pick([], null, "GB"));
}
