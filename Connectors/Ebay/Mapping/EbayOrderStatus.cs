using CrossBorderHub.Mapping.Canonical;

namespace CrossBorderHub.Connectors.Ebay.Mapping;

/// <summary>What the status table made of one order: status, flags, and the (field, value) pairs it did not know.</summary>
internal sealed record EbayOrderStatus(OrderStatus Status, OrderFlags Flags, IReadOnlyList<(string Field, string Value)> UnknownValues);
