namespace CrossBorderHub.Connectors.Amazon.Wire;

/// <summary>A v0 order with every item getOrderItems returned for it: what the profile maps to one canonical order.</summary>
internal sealed record AmazonOrderV0WithItems(AmazonOrderV0 Order, IReadOnlyList<AmazonOrderItemV0> Items);
