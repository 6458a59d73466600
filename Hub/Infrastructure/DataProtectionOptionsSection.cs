namespace CrossBorderHub.Hub.Infrastructure;

/// <summary>
/// Section "DataProtection": where the keys that encrypt store credentials at rest live, and the key-encryption key
/// (KEK) that encrypts those keys in turn. Configure one KEK: a certificate (<see cref="CertificatePath"/> or
/// <see cref="CertificateThumbprint"/>) or <see cref="KeyEncryptionKey"/>; keep it out of the database and the key folder.
/// </summary>
public sealed class DataProtectionOptionsSection
{
    public const string Section = "DataProtection";

    /// <summary>A folder kept apart from the database (default data/keys); back it up, losing it loses every stored credential.</summary>
    public string KeysPath { get; set; } = Path.Combine("data", "keys");

    /// <summary>A 256-bit key in base64 (e.g. from an environment variable or a secret store) that encrypts new keys with AES-GCM.</summary>
    public string? KeyEncryptionKey { get; set; }

    /// <summary>Earlier values of <see cref="KeyEncryptionKey"/>, still able to decrypt keys written under them (for rotation).</summary>
    public string[] PreviousKeyEncryptionKeys { get; set; } = [];

    /// <summary>A PFX file whose certificate encrypts new keys (with <see cref="CertificatePassword"/>).</summary>
    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }

    /// <summary>The thumbprint of a certificate in the current user's or the machine's "My" store.</summary>
    public string? CertificateThumbprint { get; set; }

    /// <summary>
    /// The demo's generated KEK, when no KEK is configured and the demo is on: outside the key folder and outside data/,
    /// in the user's local application data, so a copy of data/ alone decrypts nothing.
    /// </summary>
    public string DemoKeyEncryptionKeyFile { get; set; } = Path.Combine(
        Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify),
        "CrossBorderHub",
        "demo-key-encryption-key");
}
