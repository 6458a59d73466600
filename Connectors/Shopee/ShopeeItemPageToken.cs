using System.Globalization;

namespace CrossBorderHub.Connectors.Shopee;

/// <summary>
/// Where a get_item_list walk of one update_time window stands: the next offset, the total_count the walk started
/// with, how often it started over, and the last item read. Offsets shift when an item changes place mid-walk (its
/// update_time moved on), which would skip another; a changed total_count or a different item just before the offset
/// shows it, and the window is read again from offset 0.
/// </summary>
internal sealed record ShopeeItemPageToken(long Offset, long Total, int Restarts, long LastItemId)
{
    /// <summary>After this many restarts a busy window is walked to its end as it stands.</summary>
    public const int MaxRestarts = 3;

    public static ShopeeItemPageToken? Parse(string? token)
    {
        var parts = token?.Split(':');
        return parts is { Length: 4 }
            && long.TryParse(parts[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var offset)
            && long.TryParse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var total)
            && int.TryParse(parts[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out var restarts)
            && long.TryParse(parts[3], NumberStyles.Integer, CultureInfo.InvariantCulture, out var last)
                ? new ShopeeItemPageToken(offset, total, restarts, last)
                : null;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Offset}:{Total}:{Restarts}:{LastItemId}");
}
