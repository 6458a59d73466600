using System.Text.Json;
using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Kit.Cursors;

/// <summary>
/// Where an updated-since pull resumes: the newest updated-at seen. A pull whose pages are not ordered by updated-at
/// (e.g. id order) also keeps, while a run is in progress, the filter it started from and the page token after its
/// last page, so a resumed run cannot skip records changed before that filter.
/// </summary>
public sealed record WatermarkCheckpoint(
    [property: JsonPropertyName("updatedAt")] DateTimeOffset? UpdatedAt,
    [property: JsonPropertyName("since")] DateTimeOffset? Since = null,
    [property: JsonPropertyName("after")] string? After = null)
{
    public static WatermarkCheckpoint Empty { get; } = new((DateTimeOffset?)null);

    public static WatermarkCheckpoint Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Empty;
        }

        try
        {
            return JsonSerializer.Deserialize(text, KitJsonContext.Default.WatermarkCheckpoint) ?? Empty;
        }
        catch (JsonException e)
        {
            throw new ArgumentException($"'{MarketplaceException.Bound(text, 200)}' is not an updated-since checkpoint.", nameof(text), e);
        }
    }

    public override string ToString() => JsonSerializer.Serialize(this, KitJsonContext.Default.WatermarkCheckpoint);
}
