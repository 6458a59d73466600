namespace CrossBorderHub.Connectors.Amazon.Sandbox;

/// <summary>Defects a generated order can carry, each one the connector cannot map.</summary>
public enum AmazonSandboxRecordFault
{
    None = 0,

    /// <summary>The grand total's amount is not a decimal number.</summary>
    BadAmount,

    /// <summary>The money is in a currency code ISO 4217 does not have.</summary>
    UnknownCurrency,

    /// <summary>The order has no orderId.</summary>
    MissingId,

    /// <summary>The delivery address names a country ISO 3166 does not have.</summary>
    UnknownCountry,
}
