namespace CrossBorderHub.Connectors.Amazon.Consent;

/// <summary>
/// The marketplaces a seller can authorize the app for, by marketplace id.
/// Ids and regions: developer-docs.amazon.com/sp-api/docs/marketplace-ids and .../sp-api-endpoints.
/// Seller Central URLs: the "Seller Central URLs" table of Amazon's Selling Partner API Developer Guide
/// (developer-docs.amazon.com/sp-api/docs/seller-central-urls; the copy read is the guide's last revision in
/// github.com/amzn/selling-partner-api-docs, guides/en-US/developer-guide/SellingPartnerApiDeveloperGuide.md).
/// Ireland, Belgium, South Africa, Egypt and Saudi Arabia are not in that revision: their URLs are the country's own
/// Seller Central host as other integrations use it, UNVERIFIED against an official page.
/// </summary>
internal static class AmazonMarketplaces
{
    private static readonly Uri Europe = new("https://sellercentral-europe.amazon.com");

    public static IReadOnlyDictionary<string, AmazonMarketplace> ById { get; } = new AmazonMarketplace[]
    {
        // North America
        new("A2EUQ1WTGCTBG2", "CA", "na", new("https://sellercentral.amazon.ca")),
        new("ATVPDKIKX0DER", "US", "na", new("https://sellercentral.amazon.com")),
        new("A1AM78C64UM0Y8", "MX", "na", new("https://sellercentral.amazon.com.mx")),
        new("A2Q3Y263D00KWC", "BR", "na", new("https://sellercentral.amazon.com.br")),

        // Europe (Spain, UK, France, Germany and Italy share the unified European Seller Central)
        new("A1RKKUPIHCS9HS", "ES", "eu", Europe),
        new("A1F83G8C2ARO7P", "UK", "eu", Europe),
        new("A13V1IB3VIYZZH", "FR", "eu", Europe),
        new("A1805IZSGTT6HS", "NL", "eu", new("https://sellercentral.amazon.nl")),
        new("A1PA6795UKMFR9", "DE", "eu", Europe),
        new("APJ6JRA9NG5V4", "IT", "eu", Europe),
        new("A2NODRKZP88ZB9", "SE", "eu", new("https://sellercentral.amazon.se")),
        new("A1C3SOZRARQ6R3", "PL", "eu", new("https://sellercentral.amazon.pl")),
        new("A33AVAJ2PDY3EV", "TR", "eu", new("https://sellercentral.amazon.com.tr")),
        new("A2VIGQ35RCS4UG", "AE", "eu", new("https://sellercentral.amazon.ae")),
        new("A21TJRUUN4KGV", "IN", "eu", new("https://sellercentral.amazon.in")),
        new("A28R8C7NBKEWEA", "IE", "eu", new("https://sellercentral.amazon.ie"), SellerCentralVerified: false),
        new("AMEN7PMS3EDWL", "BE", "eu", new("https://sellercentral.amazon.com.be"), SellerCentralVerified: false),
        new("AE08WJ6YKNBMC", "ZA", "eu", new("https://sellercentral.amazon.co.za"), SellerCentralVerified: false),
        new("ARBP9OOSHTCHU", "EG", "eu", new("https://sellercentral.amazon.eg"), SellerCentralVerified: false),
        new("A17E79C6D8DWNP", "SA", "eu", new("https://sellercentral.amazon.com.sa"), SellerCentralVerified: false),

        // Far East
        new("A19VAU5U5O7RUS", "SG", "fe", new("https://sellercentral.amazon.sg")),
        new("A39IBJ37TRP1C6", "AU", "fe", new("https://sellercentral.amazon.com.au")),
        new("A1VC38T7YXB528", "JP", "fe", new("https://sellercentral.amazon.co.jp")),
    }.ToDictionary(m => m.Id, StringComparer.Ordinal);
}
