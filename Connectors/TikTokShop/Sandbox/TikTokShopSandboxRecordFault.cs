namespace CrossBorderHub.Connectors.TikTokShop.Sandbox;

/// <summary>Defects a generated order can be served with, each one the connector cannot map.</summary>
public enum TikTokShopSandboxRecordFault
{
    None = 0,

    /// <summary>payment.total_amount is not a decimal string.</summary>
    BadAmount,

    /// <summary>payment.currency is not an ISO 4217 code.</summary>
    UnknownCurrency,

    /// <summary>The order has no id.</summary>
    MissingId,
}
