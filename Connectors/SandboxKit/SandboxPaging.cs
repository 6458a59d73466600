namespace CrossBorderHub.Connectors.SandboxKit;

/// <summary>
/// One page of a listing sorted by (updated-at, index), found by binary search, never a scan: a generated sequence
/// whose updated-at grows with the index, merged with the few records an update moved later. Works the same for ten
/// records or ten million.
/// </summary>
public static class SandboxPaging
{
    public static (List<SandboxKey> Page, bool HasNext) Page(
        int count,
        Func<int, DateTimeOffset> baseKey,
        SandboxKey[] moved,
        SandboxWindow window,
        SandboxKey? after,
        int first)
    {
        bool Wanted(SandboxKey key) => window.StartsBy(key.At) && (after is not { } a || key > a);

        var movedSet = moved.Length == 0 ? null : moved.Select(m => m.Index).ToHashSet();
        var i = LowerBound(count, idx => Wanted(new SandboxKey(baseKey(idx), idx)));
        var m = 0;
        var page = new List<SandboxKey>(Math.Clamp(first + 1, 1, 256));
        while (page.Count <= first)
        {
            while (i < count && movedSet is not null && movedSet.Contains(i))
            {
                i++;
            }

            while (m < moved.Length && (moved[m].Index >= count || !Wanted(moved[m])))
            {
                m++;
            }

            SandboxKey? fromBase = i < count && window.EndsAfter(baseKey(i)) ? new SandboxKey(baseKey(i), i) : null;
            SandboxKey? fromMoved = m < moved.Length && window.EndsAfter(moved[m].At) ? moved[m] : null;
            if (fromBase is null && fromMoved is null)
            {
                break;
            }

            if (fromMoved is null || (fromBase is { } b && b < fromMoved.Value))
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
