namespace CrossBorderHub.Connectors.Shopee.Wire;

/// <summary>The body of an answer that carries only the envelope (ship_order).</summary>
internal sealed record ShopeeNoResponse;
