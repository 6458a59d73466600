using CrossBorderHub.Mapping.Canonical;

namespace CrossBorderHub.Connectors.Ebay.Mapping;

/// <summary>
/// An offer's status (OfferStatusEnum) and its listing's (ListingStatusEnum) as a canonical listing status. An item
/// with several offers takes the most visible one; a value not listed here is Unknown and reported.
/// </summary>
internal static class EbayListingStatusTable
{
    public const string OfferStatusField = "offers.status";
    public const string ListingStatusField = "offers.listing.listingStatus";

    public const string Published = "PUBLISHED";
    public const string Unpublished = "UNPUBLISHED";

    public static ListingStatus Of(string? offerStatus, string? listingStatus) => offerStatus switch
    {
        Unpublished => ListingStatus.Draft,
        Published => listingStatus switch
        {
            "ACTIVE" => ListingStatus.Active,

            // Still live but hidden and not buyable until stock returns.
            "OUT_OF_STOCK" or "INACTIVE" => ListingStatus.Inactive,
            "ENDED" or "EBAY_ENDED" => ListingStatus.Archived,
            "NOT_LISTED" => ListingStatus.Draft,
            _ => ListingStatus.Unknown,
        },
        _ => ListingStatus.Unknown,
    };

    /// <summary>The status buyers meet: an active listing over an inactive one over a draft over an ended one.</summary>
    public static ListingStatus MostVisible(IEnumerable<ListingStatus> statuses) =>
        statuses.DefaultIfEmpty(ListingStatus.Draft).MaxBy(Rank);

    private static int Rank(ListingStatus status) => status switch
    {
        ListingStatus.Active => 4,
        ListingStatus.Inactive => 3,
        ListingStatus.Draft => 2,
        ListingStatus.Archived => 1,
        _ => 0,
    };
}
