namespace CrossBorderHub.Mapping.Canonical;

/// <summary>Whether buyers can see and buy a listing.</summary>
public enum ListingStatus
{
    Unknown = 0,
    Active = 1,
    Inactive = 2,
    Draft = 3,
    Archived = 4,
}
