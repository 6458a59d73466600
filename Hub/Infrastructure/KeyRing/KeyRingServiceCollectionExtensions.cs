using System.Security.Cryptography.X509Certificates;
using CrossBorderHub.Hub.Demo;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;

namespace CrossBorderHub.Hub.Infrastructure.KeyRing;

internal static class KeyRingServiceCollectionExtensions
{
    private const string Prefix = DataProtectionOptionsSection.Section + ":";

    /// <summary>
    /// Encrypts the key ring with the configured key-encryption key: a certificate (PFX file or thumbprint) or a 256-bit
    /// key (AES-GCM); the demo generates one outside data/. Without any, keys are written in clear and a warning is logged.
    /// </summary>
    public static IDataProtectionBuilder ProtectKeyRing(this IDataProtectionBuilder builder, DataProtectionOptionsSection options, IConfiguration configuration)
    {
        var (protection, where) = Choose(builder, options, configuration);
        builder.Services.AddHostedService(sp => new KeyRingProtectionReport(protection, where, sp.GetRequiredService<ILogger<KeyRingProtectionReport>>()));
        return builder;
    }

    private static (KeyRingProtection, string) Choose(IDataProtectionBuilder builder, DataProtectionOptionsSection options, IConfiguration configuration)
    {
        // Earlier symmetric KEKs stay readable whatever protects new keys, so a move to a certificate keeps old keys usable.
        var previous = options.PreviousKeyEncryptionKeys
            .Select((k, i) => KeyEncryptionKeys.Parse(k, $"{Prefix}{nameof(options.PreviousKeyEncryptionKeys)}:{i}"))
            .ToList();
        if (!string.IsNullOrWhiteSpace(options.CertificatePath))
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(options.CertificatePath, options.CertificatePassword);
            builder.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
            AddDecryptOnly(builder, previous);
            return (KeyRingProtection.Certificate, $"certificate {certificate.Thumbprint} from {options.CertificatePath}");
        }

        if (!string.IsNullOrWhiteSpace(options.CertificateThumbprint))
        {
            builder.ProtectKeysWithCertificate(options.CertificateThumbprint.Trim());
            AddDecryptOnly(builder, previous);
            return (KeyRingProtection.Certificate, $"certificate {options.CertificateThumbprint.Trim()} from the certificate store");
        }

        if (!string.IsNullOrWhiteSpace(options.KeyEncryptionKey))
        {
            UseKey(builder, KeyEncryptionKeys.Parse(options.KeyEncryptionKey, $"{Prefix}{nameof(options.KeyEncryptionKey)}"), previous);
            return (KeyRingProtection.KeyEncryptionKey, $"{Prefix}{nameof(options.KeyEncryptionKey)}");
        }

        if (DemoOptions.IsOn(configuration))
        {
            UseKey(builder, KeyEncryptionKeys.LoadOrCreate(options.DemoKeyEncryptionKeyFile), previous);
            return (KeyRingProtection.DemoKeyEncryptionKey, Path.GetFullPath(options.DemoKeyEncryptionKeyFile));
        }

        AddDecryptOnly(builder, previous);
        return (KeyRingProtection.None, Path.GetFullPath(options.KeysPath));
    }

    private static void UseKey(IDataProtectionBuilder builder, byte[] current, IEnumerable<byte[]> previous)
    {
        var keys = new KeyEncryptionKeys(current, previous);
        builder.Services.AddSingleton(keys);
        builder.Services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(new ConfigureOptions<KeyManagementOptions>(o => o.XmlEncryptor = new AesGcmXmlEncryptor(keys)));
    }

    private static void AddDecryptOnly(IDataProtectionBuilder builder, List<byte[]> previous)
    {
        if (previous.Count > 0)
        {
            builder.Services.AddSingleton(new KeyEncryptionKeys(previous[0], previous.Skip(1)));
        }
    }
}
