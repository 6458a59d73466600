namespace CrossBorderHub.Persistence.Stores;

/// <summary>The reasons the hub itself gives a store's status; a marketplace's own reason is kept bounded.</summary>
internal static class StoreStatusReasons
{
    public const int MaxLength = 500;

    public const string PausedByAdmin = "Paused through the API.";
    public const string ResumedByAdmin = "Resumed through the API.";
    public const string CredentialsUpdated = "Credentials updated through the API.";
    public const string Removed = "Removed through the API; its data stays readable until purged.";
    public const string Connected = "Connected.";
}
