namespace CrossBorderHub.Hub.Infrastructure.KeyRing;

/// <summary>How the Data Protection keys are encrypted at rest, decided once from configuration.</summary>
internal enum KeyRingProtection
{
    /// <summary>Written in clear beside the database: a copy of both decrypts every credential.</summary>
    None,
    Certificate,
    KeyEncryptionKey,
    DemoKeyEncryptionKey,
}
