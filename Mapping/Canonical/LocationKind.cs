namespace CrossBorderHub.Mapping.Canonical;

/// <summary>Where stock sits, which decides who can ship it and how fast.</summary>
public enum LocationKind
{
    Unknown = 0,
    OwnWarehouse = 1,

    /// <summary>Stock held and shipped by the marketplace (FBA, Shopee SBS, TikTok FBT and the like).</summary>
    MarketplaceFulfilled = 2,

    /// <summary>An overseas third-party warehouse or fulfilment service.</summary>
    ThirdPartyWarehouse = 3,
}
