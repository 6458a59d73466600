namespace CrossBorderHub.Hub.Infrastructure;

/// <summary>Section "DataProtection": where the keys that encrypt store credentials at rest live.</summary>
public sealed class DataProtectionOptionsSection
{
    public const string Section = "DataProtection";

    /// <summary>A folder kept apart from the database (default data/keys); back it up, losing it loses every stored credential.</summary>
    public string KeysPath { get; set; } = Path.Combine("data", "keys");
}
