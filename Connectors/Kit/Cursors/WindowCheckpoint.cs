using System.Text.Json;
using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Kit.Cursors;

/// <summary>
/// Where a time-window pull resumes: the window [<see cref="WindowStart"/>, <see cref="WindowEnd"/>) being read and
/// the page token inside it. A null <see cref="PageToken"/> means the window was read to its end.
/// </summary>
public sealed record WindowCheckpoint(
    [property: JsonPropertyName("windowStart"), JsonRequired] DateTimeOffset WindowStart,
    [property: JsonPropertyName("windowEnd"), JsonRequired] DateTimeOffset WindowEnd,
    [property: JsonPropertyName("pageToken")] string? PageToken = null)
{
    public static WindowCheckpoint? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            var checkpoint = JsonSerializer.Deserialize(text, KitJsonContext.Default.WindowCheckpoint);
            return checkpoint is null || checkpoint.WindowEnd < checkpoint.WindowStart
                ? throw new JsonException("The window ends before it starts.")
                : checkpoint;
        }
        catch (JsonException e)
        {
            throw new ArgumentException($"'{MarketplaceException.Bound(text, 200)}' is not a time-window checkpoint.", nameof(text), e);
        }
    }

    public override string ToString() => JsonSerializer.Serialize(this, KitJsonContext.Default.WindowCheckpoint);
}
