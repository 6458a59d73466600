namespace CrossBorderHub.Connectors.TikTokShop.Sandbox;

/// <summary>Defects a generated product can be served with, each one the connector cannot map.</summary>
public enum TikTokShopSandboxProductFault
{
    None = 0,

    /// <summary>The first SKU's price.sale_price is not a decimal string (products search and detail).</summary>
    BadPrice,

    /// <summary>The first SKU has no seller_sku in the inventory search, so its stock cannot be joined to a listing.</summary>
    MissingSellerSku,
}
