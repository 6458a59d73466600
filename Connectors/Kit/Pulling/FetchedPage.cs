namespace CrossBorderHub.Connectors.Kit.Pulling;

/// <summary>
/// One page as the marketplace sent it: the raw records, what the whole page says about them (<see cref="Context"/>:
/// the shop currency, the page's request context), and the token for the next page of the same query.
/// </summary>
public sealed record FetchedPage<TRaw, TContext>(IReadOnlyList<TRaw> Records, TContext Context, string? NextPageToken, bool HasMore);
