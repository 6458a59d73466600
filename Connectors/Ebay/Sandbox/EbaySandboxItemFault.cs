namespace CrossBorderHub.Connectors.Ebay.Sandbox;

/// <summary>How a generated inventory item (or its offer) is written so that it cannot be mapped.</summary>
public enum EbaySandboxItemFault
{
    None = 0,
    MissingSku,
    BadPrice,
    NegativeQuantity,
}
