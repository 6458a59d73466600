using System.Text.Json.Serialization;

namespace CrossBorderHub.Connectors.Amazon.Wire;

/// <summary>patchListingsItem body: the listing's product type and JSON Patch operations on its attributes.</summary>
internal sealed record ListingsItemPatchRequest(
    [property: JsonPropertyName("productType")] string ProductType,
    [property: JsonPropertyName("patches")] IReadOnlyList<ListingsPatchOperation> Patches);
