using CrossBorderHub.Connectors.Amazon.Wire;

namespace CrossBorderHub.Connectors.Amazon.Mapping;

/// <summary>
/// Reads a tab-separated flat-file report: a header line of column names, then one line per order item. Rows are
/// grouped into orders by amazon-order-id, in the order the file lists them.
/// </summary>
internal static class AmazonFlatFile
{
    public const string OrderIdColumn = "amazon-order-id";

    public static List<AmazonReportOrder> Orders(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var header = reader.ReadLine()?.Split('\t');
        if (header is null)
        {
            return [];
        }

        var orders = new List<AmazonReportOrder>();
        var byId = new Dictionary<string, (List<IReadOnlyDictionary<string, string>> Rows, List<string> Lines)>(StringComparer.Ordinal);
        var order = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }

            var cells = line.Split('\t');
            var row = new Dictionary<string, string>(header.Length, StringComparer.Ordinal);
            for (var i = 0; i < header.Length; i++)
            {
                row[header[i]] = i < cells.Length ? cells[i] : string.Empty;
            }

            var id = row.GetValueOrDefault(OrderIdColumn) ?? string.Empty;
            if (!byId.TryGetValue(id, out var entry))
            {
                entry = ([], []);
                byId[id] = entry;
                order.Add(id);
            }

            entry.Rows.Add(row);
            entry.Lines.Add(line);
        }

        var headerLine = string.Join('\t', header);
        foreach (var id in order)
        {
            var (rows, lines) = byId[id];
            orders.Add(new AmazonReportOrder(id, rows, string.Join('\n', lines.Prepend(headerLine))));
        }

        return orders;
    }
}
