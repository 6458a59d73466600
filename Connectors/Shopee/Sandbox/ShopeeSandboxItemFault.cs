namespace CrossBorderHub.Connectors.Shopee.Sandbox;

/// <summary>A defect written into one generated item.</summary>
public enum ShopeeSandboxItemFault
{
    None = 0,

    /// <summary>item_name is empty.</summary>
    MissingName,

    /// <summary>The price's currency is not an ISO 4217 code.</summary>
    UnknownCurrency,

    /// <summary>item_status is a value Shopee does not document.</summary>
    UnknownStatus,
}
