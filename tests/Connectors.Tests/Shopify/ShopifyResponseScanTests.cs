using System.Text;
using System.Text.Json;
using CrossBorderHub.Connectors.Shopify.Http;

namespace CrossBorderHub.Connectors.Tests.Shopify;

public sealed class ShopifyResponseScanTests
{
    [Fact]
    public void Reads_the_throttle_status_after_a_data_block_it_skips()
    {
        var scan = ShopifyResponseScan.Read(Encoding.UTF8.GetBytes(
            """{"data":{"orders":{"edges":[{"node":{"extensions":{"cost":1}}}]}},"extensions":{"cost":{"requestedQueryCost":12,"actualQueryCost":4,"throttleStatus":{"restoreRate":50,"maximumAvailable":1000,"currentlyAvailable":996}}}}"""));

        Assert.False(scan.Throttled);
        Assert.True(scan.HasThrottleStatus);
        Assert.Equal((1000d, 996d, 50d), (scan.MaximumAvailable, scan.CurrentlyAvailable, scan.RestoreRate));
    }

    [Fact]
    public void Finds_a_throttled_error_among_others()
    {
        var scan = ShopifyResponseScan.Read(Encoding.UTF8.GetBytes(
            """{"errors":[{"message":"x","extensions":{"code":"undefinedField"}},"odd",{"message":"Throttled","extensions":{"code":"THROTTLED","documentation":"d"}}]}"""));

        Assert.True(scan.Throttled);
        Assert.False(scan.HasThrottleStatus);
    }

    [Fact]
    public void A_throttle_status_missing_a_figure_is_not_observed()
    {
        var scan = ShopifyResponseScan.Read(Encoding.UTF8.GetBytes("""{"extensions":{"cost":{"throttleStatus":{"maximumAvailable":1000,"restoreRate":50}}}}"""));

        Assert.False(scan.HasThrottleStatus);
    }

    [Theory]
    [InlineData("")]
    [InlineData("<html><body>upstream error</body></html>")]
    [InlineData("{\"data\":{\"orders\":{\"edges\":[{\"node\"")]
    [InlineData("{\"data\":null} {}")]
    public void A_body_that_is_not_one_whole_json_value_is_refused(string body) =>
        Assert.ThrowsAny<JsonException>(() => ShopifyResponseScan.Read(Encoding.UTF8.GetBytes(body)));

    [Fact]
    public void A_non_object_root_is_whole_json_with_nothing_to_observe()
    {
        var scan = ShopifyResponseScan.Read("[1,2]"u8);

        Assert.Equal(default, scan);
    }
}
