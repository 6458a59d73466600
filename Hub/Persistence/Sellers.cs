namespace CrossBorderHub.Persistence;

/// <summary>
/// Well-known sellers. A seller is what the API calls a tenant: it owns store accounts and ERP keys. The hub starts with
/// one, created at start-up when missing; the configured Auth:ErpKeys are its keys.
/// </summary>
public static class Sellers
{
    public static readonly Guid Default = new("5e11e700-0000-4000-8000-000000000001");

    public const string DefaultName = "Default seller";
}
