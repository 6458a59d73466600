using Microsoft.AspNetCore.Http.HttpResults;

namespace CrossBorderHub.Hub.Apis;

/// <summary>The query every change feed takes: ?after={cursor}&amp;limit={n}&amp;storeId={id}.</summary>
internal sealed record FeedQuery(string? After, int? Limit, Guid? StoreId)
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;

    public bool TryRead(out long after, out int limit, out ValidationProblem? problem)
    {
        limit = Limit ?? DefaultLimit;
        problem = null;
        if (!FeedCursor.TryDecode(After, out after))
        {
            problem = Problems.Field("after", "Not a cursor this API issued; pass the 'next' value of a previous page, or nothing to start.");
            return false;
        }

        if (limit is < 1 or > MaxLimit)
        {
            problem = Problems.Field("limit", $"Must be between 1 and {MaxLimit}.");
            return false;
        }

        return true;
    }
}
