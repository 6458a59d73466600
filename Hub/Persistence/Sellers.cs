namespace CrossBorderHub.Persistence;

/// <summary>Well-known sellers. The hub starts with one; its row is created the first time a store uses it.</summary>
public static class Sellers
{
    public static readonly Guid Default = new("5e11e700-0000-4000-8000-000000000001");

    public const string DefaultName = "Default seller";
}
