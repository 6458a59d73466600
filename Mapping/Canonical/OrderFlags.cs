namespace CrossBorderHub.Mapping.Canonical;

/// <summary>Refund, return and hold facts that sit beside the status rather than replace it.</summary>
[Flags]
public enum OrderFlags
{
    None = 0,
    PartiallyRefunded = 1,
    Refunded = 2,
    ReturnRequested = 4,
    Returned = 8,
    OnHold = 16,
}
