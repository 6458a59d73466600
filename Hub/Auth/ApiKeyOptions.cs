namespace CrossBorderHub.Hub.Auth;

/// <summary>Section "Auth": the API keys accepted in the X-Api-Key header.</summary>
public sealed class ApiKeyOptions
{
    public const string Section = "Auth";

    /// <summary>Keys that manage stores and syncs (and read everything).</summary>
    public string[] AdminKeys { get; set; } = [];

    /// <summary>Keys for ERP systems: read orders, catalog, inventory and sync state.</summary>
    public string[] ErpKeys { get; set; } = [];
}
