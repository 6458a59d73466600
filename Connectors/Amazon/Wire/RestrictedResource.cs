using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Amazon.Wire;

/// <summary>A restricted operation by method and path, and the kinds of personal data wanted from it (buyerInfo, shippingAddress).</summary>
internal sealed record RestrictedResource(
    [property: JsonPropertyName("method")] string Method,
    [property: JsonPropertyName("path")] string Path,
    [property: JsonPropertyName("dataElements")] IReadOnlyList<string> DataElements);
