using System.Globalization;

namespace CrossBorderHub.Connectors.Shopee;

/// <summary>
/// Where a get_item_list walk of one update_time window stands: the next offset, the total_count the walk started
/// with, and how often it started over. Offsets shift when an item leaves the window mid-walk (its update_time moved
/// on), which would skip another; a changed total_count shows it, and the window is read again from offset 0.
/// </summary>
internal sealed record ShopeeItemPageToken(long Offset, long Total, int Restarts)
{
    /// <summary>After this many restarts a busy window is walked to its end as it stands.</summary>
    public const int MaxRestarts = 3;

    public static ShopeeItemPageToken? Parse(string? token)
    {
        var parts = token?.Split(':');
        return parts is { Length: 3 }
            && long.TryParse(parts[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var offset)
            && long.TryParse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var total)
            && int.TryParse(parts[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out var restarts)
                ? new ShopeeItemPageToken(offset, total, restarts)
                : null;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Offset}:{Total}:{Restarts}");
}
