namespace CrossBorderHub.Connectors.Amazon.Mapping;

/// <summary>Orders API 2026-01-01 proceeds breakdown types the canonical totals read; others only count in the grand total.</summary>
internal static class AmazonProceedsTypes
{
    public const string Item = "ITEM";
    public const string Tax = "TAX";
    public const string Shipping = "SHIPPING";
    public const string Discount = "DISCOUNT";
}
