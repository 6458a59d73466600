namespace CrossBorderHub.Connectors.Ebay.Wire;

internal sealed record EbayErrorParameter(string? Name, string? Value);
