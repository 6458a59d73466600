namespace CrossBorderHub.Connectors.Amazon.Wire;

/// <summary>One order of the flat-file order report: its rows (one per item), each column by its header name.</summary>
internal sealed record AmazonReportOrder(string OrderId, IReadOnlyList<IReadOnlyDictionary<string, string>> Rows, string Raw);
