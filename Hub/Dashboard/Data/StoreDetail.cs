namespace CrossBorderHub.Hub.Dashboard.Data;

/// <summary>One store's page: its row, its newest runs and the chart drawn from them.</summary>
public sealed record StoreDetail(StoreRow Row, IReadOnlyList<RunRow> Runs, RunChart Chart);
