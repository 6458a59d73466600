namespace CrossBorderHub.Connectors.Ebay.Sandbox;

/// <summary>A per-SKU answer bulkUpdatePriceQuantity gives instead of applying the update (the errorId is illustrative).</summary>
public sealed record EbaySandboxSkuError(int StatusCode, int ErrorId, string Message);
