using System.Text.Json;
using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Shopify;

/// <summary>
/// Where a pull resumes: the newest updatedAt seen. For inventory (id-ordered pages) a run in progress also keeps
/// the filter it started from and the cursor after the last page, so a resume cannot skip older changes.
/// </summary>
internal sealed record ShopifyCheckpoint(
    [property: JsonPropertyName("updatedAt")] DateTimeOffset? UpdatedAt,
    [property: JsonPropertyName("since")] DateTimeOffset? Since = null,
    [property: JsonPropertyName("after")] string? After = null)
{
    public static ShopifyCheckpoint Empty { get; } = new((DateTimeOffset?)null);

    public static ShopifyCheckpoint Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Empty;
        }

        try
        {
            return JsonSerializer.Deserialize<ShopifyCheckpoint>(text) ?? Empty;
        }
        catch (JsonException e)
        {
            throw new ArgumentException($"'{text}' is not a Shopify checkpoint.", nameof(text), e);
        }
    }

    public override string ToString() => JsonSerializer.Serialize(this);
}
