namespace CrossBorderHub.Scheduler.Retention;

/// <summary>One marketplace's retention: buyer data is redacted this many days after the order is done.</summary>
public sealed class MarketplaceRetention
{
    public int? Days { get; set; }
}
