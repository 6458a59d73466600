namespace CrossBorderHub.Connectors.Ebay.Wire;

/// <summary>eBay's Amount: <c>value</c> is a decimal string in <c>currency</c> (ISO 4217); converted fields when eBay converted it.</summary>
internal sealed record EbayAmount(string? Value, string? Currency, string? ConvertedFromValue = null, string? ConvertedFromCurrency = null);
