namespace CrossBorderHub.Connectors.Shopify.Sandbox;

/// <summary>A defect written into one generated order, which the connector must quarantine or report.</summary>
public enum ShopifySandboxRecordFault
{
    None = 0,

    /// <summary>totalPriceSet.shopMoney.amount is not a decimal.</summary>
    BadAmount,

    /// <summary>The currency code is not ISO 4217.</summary>
    UnknownCurrency,

    /// <summary>The order has no id.</summary>
    MissingId,

    /// <summary>The shipping country is not ISO 3166-1.</summary>
    UnknownCountry,

    /// <summary>displayFinancialStatus is a value the pinned version does not list (lands as Unknown with an issue).</summary>
    UnknownEnumValue,
}
