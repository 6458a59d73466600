using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.TikTokShop.Wire;

internal sealed record TikTokPackageRef([property: JsonPropertyName("id")] string? Id);
