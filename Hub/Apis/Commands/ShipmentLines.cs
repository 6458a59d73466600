using CrossBorderHub.Mapping.Canonical;

namespace CrossBorderHub.Hub.Apis.Commands;

/// <summary>Matches requested lines to the order's lines (by marketplace line id, or by a SKU only one line has).</summary>
internal static class ShipmentLines
{
    public static List<ShipmentLine> Match(CanonicalOrder order, IReadOnlyList<ShipmentLineRequest> requested, List<(string Field, string Message)> errors)
    {
        var lines = new List<ShipmentLine>(requested.Count);
        var named = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < requested.Count; i++)
        {
            var line = requested[i];
            var field = $"lines[{i}]";
            OrderLine? match;
            if (!string.IsNullOrWhiteSpace(line.LineId))
            {
                match = order.Lines.FirstOrDefault(l => l.MarketplaceLineId == line.LineId);
                if (match is null)
                {
                    errors.Add(($"{field}.lineId", $"Order {order.MarketplaceOrderId} has no line '{line.LineId}'."));
                    continue;
                }

                if (line.Sku is not null && !string.Equals(match.Sku, line.Sku, StringComparison.Ordinal))
                {
                    errors.Add(($"{field}.sku", $"Line '{line.LineId}' is SKU '{match.Sku}', not '{line.Sku}'."));
                    continue;
                }
            }
            else
            {
                var bySku = order.Lines.Where(l => l.Sku is not null && string.Equals(l.Sku, line.Sku, StringComparison.Ordinal)).ToList();
                if (bySku.Count != 1)
                {
                    errors.Add(($"{field}.sku", bySku.Count == 0
                        ? $"No line of order {order.MarketplaceOrderId} has SKU '{line.Sku}'."
                        : $"{bySku.Count} lines have SKU '{line.Sku}'; name the line by lineId."));
                    continue;
                }

                match = bySku[0];
            }

            if (!named.Add(match.MarketplaceLineId))
            {
                errors.Add((field, $"Line '{match.MarketplaceLineId}' is named twice; give its whole quantity once."));
                continue;
            }

            if (line.Quantity > match.Quantity)
            {
                errors.Add(($"{field}.quantity", $"Line '{match.MarketplaceLineId}' has {match.Quantity} units ordered."));
                continue;
            }

            lines.Add(new ShipmentLine(match.MarketplaceLineId, match.Sku, line.Quantity!.Value));
        }

        return lines;
    }
}
