using CrossBorderHub.Connectors.Ebay.Http;
using CrossBorderHub.Connectors.Ebay.Wire;
using Refit;

namespace CrossBorderHub.Connectors.Ebay;

/// <summary>The Commerce Identity API (host apiz), called with the user access token a consent just granted.</summary>
internal interface IEbayUserApi
{
    /// <summary>getUser: the consenting user's account, of which the connector keeps <c>userId</c> and <c>username</c>.</summary>
    [Get(EbayConstants.UserPath)]
    Task<IApiResponse<EbayUserResponse>> GetUserAsync(
        [Header("Authorization")] string authorization,
        [Property(EbayRequestContext.OptionName)] EbayRequestContext store,
        CancellationToken cancellationToken);
}
