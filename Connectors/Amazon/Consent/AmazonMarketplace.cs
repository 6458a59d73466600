namespace CrossBorderHub.Connectors.Amazon.Consent;

/// <summary>
/// One Amazon marketplace: its id, country code, SP-API region and the Seller Central a seller of it authorizes apps on.
/// <see cref="SellerCentralVerified"/> is false where the URL is not in the official table that could be checked.
/// </summary>
internal sealed record AmazonMarketplace(string Id, string CountryCode, string Region, Uri SellerCentral, bool SellerCentralVerified = true);
