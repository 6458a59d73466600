using CrossBorderHub.Mapping.Canonical;

namespace CrossBorderHub.Connectors.Shopify.Mapping;

/// <summary>The canonical status and flags of an order, and the Shopify fields whose value no table knew.</summary>
internal sealed record OrderStatusResult(OrderStatus Status, OrderFlags Flags, IReadOnlyList<(string Field, string Value)> UnknownValues);
