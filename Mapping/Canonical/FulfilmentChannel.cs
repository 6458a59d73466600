namespace CrossBorderHub.Mapping.Canonical;

/// <summary>Who ships the order: the seller (FBM and the like) or the marketplace (FBA and the like).</summary>
public enum FulfilmentChannel
{
    Unknown = 0,
    Merchant = 1,
    Marketplace = 2,
}
