namespace CrossBorderHub.Mapping.Canonical;

/// <summary>Where an order stands in the seller's fulfilment work, whatever the marketplace calls it.</summary>
public enum OrderStatus
{
    /// <summary>The marketplace sent a value no table knows; reported, never guessed.</summary>
    Unknown = 0,
    Pending = 1,
    ReadyToShip = 2,
    PartiallyShipped = 3,
    Shipped = 4,
    Delivered = 5,
    Cancelled = 6,
}
