using CrossBorderHub.Connectors.Ebay.Http;
using CrossBorderHub.Connectors.Ebay.Wire;
using CrossBorderHub.Connectors.Kit.Http;
using Refit;

namespace CrossBorderHub.Connectors.Ebay;

/// <summary>eBay's OAuth token endpoint (Identity API), sent to the store's auth host.</summary>
internal interface IEbayIdentityApi
{
    /// <summary>The refresh-token grant: form <c>grant_type=refresh_token&amp;refresh_token=…&amp;scope=…</c>, Basic auth from App ID and Cert ID.</summary>
    [Post(EbayConstants.TokenPath)]
    Task<IApiResponse<EbayTokenResponse>> TokenAsync(
        [Body(BodySerializationMethod.UrlEncoded)] Dictionary<string, string> form,
        [Header("Authorization")] string authorization,
        [Property(EbayRequestContext.OptionName)] EbayRequestContext store,
        CancellationToken cancellationToken);

    /// <summary>
    /// The authorization-code grant: form <c>grant_type=authorization_code&amp;code=…&amp;redirect_uri={RuName}</c>.
    /// The code is single use, so a timeout or 5xx is not retried (see <see cref="UnsafeRequestRetry"/>): eBay may have spent it.
    /// </summary>
    [Post(EbayConstants.TokenPath)]
    Task<IApiResponse<EbayTokenResponse>> ExchangeCodeAsync(
        [Body(BodySerializationMethod.UrlEncoded)] Dictionary<string, string> form,
        [Header("Authorization")] string authorization,
        [Property(EbayRequestContext.OptionName)] EbayRequestContext store,
        [Property(UnsafeRequestRetry.OptionName)] bool changesState,
        CancellationToken cancellationToken);
}
