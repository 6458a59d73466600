namespace CrossBorderHub.Connectors.Shopify.Sandbox;

/// <summary>
/// One page of a sequence sorted by (updatedAt, index), found by binary search (never a scan): a base sequence whose
/// updatedAt grows with the index, merged with the few records moved later by an update.
/// </summary>
internal static class SandboxPaging
{
    public static (List<(DateTimeOffset Key, int Index)> Page, bool HasNext) Page(
        int count,
        Func<int, DateTimeOffset> baseKey,
        (DateTimeOffset Key, int Index)[] moved,
        SandboxFilter filter,
        (DateTimeOffset Key, int Index)? after,
        int first)
    {
        bool Wanted(DateTimeOffset key, int index) =>
            filter.Passes(key) && (after is not { } a || key > a.Key || (key == a.Key && index > a.Index));

        var movedSet = moved.Length == 0 ? null : moved.Select(m => m.Index).ToHashSet();
        var i = LowerBound(count, idx => Wanted(baseKey(idx), idx));
        var m = 0;
        var page = new List<(DateTimeOffset, int)>(Math.Min(first, 256));
        while (page.Count <= first)
        {
            while (i < count && movedSet is not null && movedSet.Contains(i))
            {
                i++;
            }

            while (m < moved.Length && (moved[m].Index >= count || !Wanted(moved[m].Key, moved[m].Index)))
            {
                m++;
            }

            (DateTimeOffset, int)? fromBase = i < count ? (baseKey(i), i) : null;
            (DateTimeOffset, int)? fromMoved = m < moved.Length ? moved[m] : null;
            if (fromBase is null && fromMoved is null)
            {
                break;
            }

            if (fromMoved is null || (fromBase is { } b && b.CompareTo(fromMoved.Value) < 0))
            {
                page.Add(fromBase!.Value);
                i++;
            }
            else
            {
                page.Add(fromMoved.Value);
                m++;
            }
        }

        var hasNext = page.Count > first;
        if (hasNext)
        {
            page.RemoveAt(page.Count - 1);
        }

        return (page, hasNext);
    }

    /// <summary>The first index in [0, count) where a monotone predicate turns true (count when never).</summary>
    private static int LowerBound(int count, Func<int, bool> predicate)
    {
        int lo = 0, hi = count;
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) / 2);
            if (predicate(mid))
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return lo;
    }
}
