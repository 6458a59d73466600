namespace CrossBorderHub.Connectors;

/// <summary>
/// One quota a store's calls draw on: which API, whose quota it is (e.g. the application, shared by every store it
/// serves), the limit per window, calls used and left, when the window resets, and whether the figures are the
/// marketplace's own (<c>marketplace</c>) or counted by the hub against a configured limit (<c>estimate</c>).
/// </summary>
public sealed record CallBudget(
    string Api,
    string Scope,
    long Limit,
    long Used,
    long Remaining,
    DateTimeOffset ResetsAt,
    string Source,
    DateTimeOffset? ReportedAt = null,
    string? Note = null)
{
    public const string FromMarketplace = "marketplace";
    public const string Estimated = "estimate";
}
