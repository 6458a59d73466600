using System.Globalization;
using System.Text.Json;
using CrossBorderHub.Connectors.Amazon.Http;
using CrossBorderHub.Connectors.Amazon.Wire;
using CrossBorderHub.Connectors.Kit.Cursors;
using CrossBorderHub.Connectors.Kit.Pulling;

namespace CrossBorderHub.Connectors.Amazon;

internal sealed partial class AmazonConnector
{
    /// <summary>searchListingsItems pages through at most this many items per query, whatever numberOfResults says.</summary>
    internal const int ListingsPagingCap = 1_000;

    /// <summary>
    /// Marks our own page token for a query that starts from a lastUpdatedDate where Amazon's paging stopped at its
    /// cap: "after|{time}|{Amazon's token, empty for the query's first page}".
    /// </summary>
    private const string RestartTokenPrefix = "after|";

    /// <summary>
    /// One page of the seller's listings in the store's first marketplace, oldest lastUpdatedDate first. When a query
    /// reaches Amazon's 1,000-item paging cap with more found, the next page starts a new query from the newest
    /// lastUpdatedDate seen (and its tokens carry that start), so a catalog of any size is read in one run.
    /// </summary>
    private async Task<FetchedPage<JsonElement, AmazonRequestContext>> ListingsPageAsync(
        AmazonRequestContext store, AmazonSettings settings, string[] includedData, PageQuery query, CancellationToken cancellationToken)
    {
        var (after, token, restarted) = ListingsQuery(query);
        var answer = await SendAsync(
            () => listings.SearchListingsItemsAsync(
                settings.SellerId,
                [settings.MarketplaceIds[0]],
                includedData,
                after is { } from ? Timestamp(from) : null,
                "lastUpdatedDate",
                "ASC",
                _options.ListingsPageSize,
                token,
                store,
                cancellationToken),
            store,
            cancellationToken);
        if (answer.Items is not { } items)
        {
            throw _failures.Malformed(store.BaseUrl.Host, "searchListingsItems answered without an items array.");
        }

        string? next = null;
        if (answer.Pagination?.NextToken is { Length: > 0 } amazonToken)
        {
            next = restarted ? RestartToken(after!.Value, amazonToken) : amazonToken;
        }
        else if (answer.NumberOfResults > ListingsPagingCap && items.Select(ListingUpdatedAt).Max() is { } newest && (after is null || newest > after))
        {
            next = RestartToken(newest, string.Empty);
        }

        return new FetchedPage<JsonElement, AmazonRequestContext>(items, store, next, next is not null);
    }

    private static (DateTimeOffset? After, string? Token, bool Restarted) ListingsQuery(PageQuery query)
    {
        if (query.PageToken is not { } pageToken || !pageToken.StartsWith(RestartTokenPrefix, StringComparison.Ordinal))
        {
            return (query.UpdatedFrom, query.PageToken, false);
        }

        var parts = pageToken[RestartTokenPrefix.Length..].Split('|', 2);
        var after = DateTimeOffset.Parse(parts[0], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        return (after, parts.Length == 2 && parts[1].Length > 0 ? parts[1] : null, true);
    }

    private static string RestartToken(DateTimeOffset after, string amazonToken) =>
        $"{RestartTokenPrefix}{after.ToString("O", CultureInfo.InvariantCulture)}|{amazonToken}";

    /// <summary>The newest lastUpdatedDate among a listing's marketplace summaries.</summary>
    private static DateTimeOffset? ListingUpdatedAt(JsonElement node)
    {
        if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty("summaries", out var summaries) || summaries.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        DateTimeOffset? newest = null;
        foreach (var summary in summaries.EnumerateArray())
        {
            if (Time(summary, "lastUpdatedDate") is { } at && (newest is null || at > newest))
            {
                newest = at;
            }
        }

        return newest;
    }
}
