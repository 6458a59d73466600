using System.Net;
using CrossBorderHub.Connectors.Kit.Failures;
using CrossBorderHub.Connectors.Kit.Http;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace CrossBorderHub.Connectors.Tests.Kit;

public sealed class MarketplaceFailuresTests
{
    private readonly MarketplaceFailures _failures = new("fake", "Fake");

    [Theory]
    [InlineData(401, MarketplaceFailureKind.AuthorizationRefused)]
    [InlineData(403, MarketplaceFailureKind.AuthorizationRefused)]
    [InlineData(429, MarketplaceFailureKind.Throttled)]
    [InlineData(500, MarketplaceFailureKind.Unavailable)]
    [InlineData(503, MarketplaceFailureKind.Unavailable)]
    [InlineData(408, MarketplaceFailureKind.Unavailable)]
    [InlineData(400, MarketplaceFailureKind.Rejected)]
    [InlineData(404, MarketplaceFailureKind.Rejected)]
    [InlineData(422, MarketplaceFailureKind.Rejected)]
    [InlineData(307, MarketplaceFailureKind.Rejected)]
    public void Each_answer_status_becomes_the_failure_kind_the_scheduler_acts_on(int status, MarketplaceFailureKind kind)
    {
        var failure = _failures.FromStatus("shop.example", (HttpStatusCode)status);

        Assert.Equal((kind, "fake"), (failure.Kind, failure.Marketplace));
        Assert.Contains("Fake at shop.example", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_refusal_keeps_the_marketplaces_code_and_message_bounded()
    {
        var failure = _failures.FromStatus("shop.example", HttpStatusCode.Unauthorized, new MarketplaceError("invalid_token", "The token was revoked. " + new string('x', 5000)));

        Assert.StartsWith("Fake at shop.example refused the access token (HTTP 401): invalid_token: The token was revoked.", failure.Message, StringComparison.Ordinal);
        Assert.Equal("invalid_token", failure.Code);
        Assert.True(failure.Message.Length <= MarketplaceException.MaxMessageLength);
    }

    [Fact]
    public void A_redirect_says_where_it_pointed_and_that_it_was_not_followed()
    {
        var failure = _failures.FromStatus("shop.example", HttpStatusCode.TemporaryRedirect, null, new Uri("http://169.254.169.254/latest/meta-data"));

        Assert.Equal(MarketplaceFailureKind.Rejected, failure.Kind);
        Assert.Contains("redirected the request (HTTP 307) to 169.254.169.254, which is not followed", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("meta-data", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Transport_failures_timeouts_and_an_open_circuit_are_unavailability_and_a_garbled_body_is_malformed()
    {
        Assert.Equal(MarketplaceFailureKind.Unavailable, _failures.FromException("h", new HttpRequestException("Connection refused")).Kind);
        Assert.Equal(MarketplaceFailureKind.Unavailable, _failures.FromException("h", new TimeoutRejectedException()).Kind);
        Assert.Equal(MarketplaceFailureKind.Unavailable, _failures.FromException("h", new BrokenCircuitException()).Kind);
        Assert.Equal(MarketplaceFailureKind.MalformedResponse, _failures.FromException("h", new MalformedResponseException("cut off after 10 bytes")).Kind);
        Assert.True(MarketplaceFailures.IsTransport(new BrokenCircuitException()));
        Assert.False(MarketplaceFailures.IsTransport(new InvalidOperationException()));
    }

    [Fact]
    public void A_body_that_is_not_the_documented_shape_is_malformed_with_the_reason()
    {
        var failure = _failures.Malformed("shop.example", "data.orders is missing.");

        Assert.Equal(MarketplaceFailureKind.MalformedResponse, failure.Kind);
        Assert.Equal("Fake at shop.example answered with a malformed response: data.orders is missing.", failure.Message);
    }
}
