namespace CrossBorderHub.Connectors;

/// <summary>
/// One value the seller gives before consent, e.g. Shopify's shop domain or Amazon's region. <see cref="Choices"/> lists
/// the allowed values when there is a fixed set; the value lands under <see cref="Name"/> in the input JSON object.
/// </summary>
public sealed record ConsentInputField(string Name, string Label, bool Required, string? Example = null, IReadOnlyList<string>? Choices = null);
