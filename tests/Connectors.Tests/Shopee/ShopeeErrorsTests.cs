using CrossBorderHub.Connectors.Shopee;

namespace CrossBorderHub.Connectors.Tests.Shopee;

public sealed class ShopeeErrorsTests
{
    [Theory]
    [InlineData("error_auth", MarketplaceFailureKind.AuthorizationRefused)]
    [InlineData("invalid_access_token", MarketplaceFailureKind.AuthorizationRefused)]
    [InlineData("error_sign", MarketplaceFailureKind.AuthorizationRefused)]
    [InlineData("error_permission", MarketplaceFailureKind.AuthorizationRefused)]
    [InlineData("error_shop", MarketplaceFailureKind.AuthorizationRefused)]
    [InlineData("error_too_many_request", MarketplaceFailureKind.Throttled)]
    [InlineData("error_server", MarketplaceFailureKind.Unavailable)]
    [InlineData("error_network", MarketplaceFailureKind.Unavailable)]
    [InlineData("logistics.error_too_many_invoke_function", MarketplaceFailureKind.Unavailable)]
    [InlineData("error_param", MarketplaceFailureKind.Rejected)]
    [InlineData("order.order_list_invalid_time", MarketplaceFailureKind.Rejected)]
    public void Each_error_code_fails_with_its_kind(string code, MarketplaceFailureKind kind) => Assert.Equal(kind, ShopeeErrors.KindOf(code));

    [Theory]
    [InlineData("error_auth", true)]
    [InlineData("invalid_access_token", true)]
    [InlineData("error_sign", false)]
    [InlineData("error_permission", false)]
    public void Only_an_expired_or_invalid_access_token_is_worth_a_refresh(string code, bool refresh) => Assert.Equal(refresh, ShopeeErrors.IsExpiredToken(code));
}
