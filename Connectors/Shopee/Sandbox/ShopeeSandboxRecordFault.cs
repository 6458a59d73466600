namespace CrossBorderHub.Connectors.Shopee.Sandbox;

/// <summary>A defect written into one generated order.</summary>
public enum ShopeeSandboxRecordFault
{
    None = 0,

    /// <summary>currency is not an ISO 4217 code.</summary>
    UnknownCurrency,

    /// <summary>total_amount is missing.</summary>
    MissingTotal,

    /// <summary>An item's model_quantity_purchased is 0.</summary>
    ZeroQuantity,
}
