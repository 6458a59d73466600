namespace CrossBorderHub.Mapping.Canonical;

/// <summary>The buyer as far as the marketplace shares them (many mask or withhold contact data).</summary>
public sealed record Buyer
{
    public string? Name { get; init; }
    public string? Email { get; init; }
    public string? Phone { get; init; }
}
