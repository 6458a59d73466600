using System.Security.Cryptography;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace CrossBorderHub.Hub.Infrastructure.KeyRing;

/// <summary>
/// Opens what <see cref="AesGcmXmlEncryptor"/> wrote, with the current or an earlier key-encryption key. Data Protection
/// creates it by type name with the host's services; without the KEK configured there is nothing to open with, and the key is unusable.
/// </summary>
internal sealed class AesGcmXmlDecryptor : IXmlDecryptor
{
    private readonly KeyEncryptionKeys? _keys;

    public AesGcmXmlDecryptor(IServiceProvider services) => _keys = services.GetService<KeyEncryptionKeys>();

    public XElement Decrypt(XElement encryptedElement)
    {
        if (_keys is null)
        {
            throw new CryptographicException("This Data Protection key is encrypted with a key-encryption key, and none is configured (DataProtection:KeyEncryptionKey).");
        }

        var id = (string?)encryptedElement.Attribute(AesGcmXmlEncryptor.KekIdAttribute) ?? "";
        var key = _keys.Find(id)
            ?? throw new CryptographicException($"This Data Protection key is encrypted with key-encryption key {id}, which is neither DataProtection:KeyEncryptionKey nor one of DataProtection:PreviousKeyEncryptionKeys.");
        return AesGcmXmlEncryptor.Decrypt(encryptedElement, key);
    }
}
