namespace CrossBorderHub.Connectors.Ebay.Sandbox;

/// <summary>How a generated order is written so that it cannot be mapped.</summary>
public enum EbaySandboxRecordFault
{
    None = 0,
    BadAmount,
    UnknownCurrency,
    MissingOrderId,
    UnknownCountry,
}
