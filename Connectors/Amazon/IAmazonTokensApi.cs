using CrossBorderHub.Connectors.Amazon.Http;
using CrossBorderHub.Connectors.Amazon.Wire;
using Refit;

namespace CrossBorderHub.Connectors.Amazon;

/// <summary>SP-API Tokens 2021-03-01: Restricted Data Tokens for operations that return buyers' personal data.</summary>
internal interface IAmazonTokensApi
{
    /// <summary>createRestrictedDataToken (rate 1/s, burst 10); refused with 403 when the seller has not granted the app the restricted role.</summary>
    [Post(AmazonConstants.RestrictedDataTokenPath)]
    Task<IApiResponse<CreateRestrictedDataTokenResponse>> CreateRestrictedDataTokenAsync(
        [Body] CreateRestrictedDataTokenRequest request,
        [Property(AmazonRequestContext.OptionName)] AmazonRequestContext store,
        CancellationToken cancellationToken);
}
