namespace CrossBorderHub.Connectors.Ebay.Wire;

/// <summary>A tax the seller collected on a line.</summary>
internal sealed record EbayTax(EbayAmount? Amount, string? TaxType);
