using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace CrossBorderHub.Hub.Infrastructure.KeyRing;

/// <summary>
/// Encrypts each Data Protection key's XML with AES-256-GCM under the key-encryption key, so the key files alone open
/// nothing. Written here because Data Protection ships certificate, DPAPI and Windows DPAPI-NG encryptors, none for a
/// plain symmetric key held outside the machine's stores.
/// </summary>
internal sealed class AesGcmXmlEncryptor(KeyEncryptionKeys keys) : IXmlEncryptor
{
    public const string ElementName = "aesGcmEncryptedKey";
    public const string KekIdAttribute = "kekId";
    private const int NonceBytes = 12;
    private const int TagBytes = 16;

    /// <summary>Binds every ciphertext to this use, so no other AES-GCM blob made with the same key is taken for a key.</summary>
    internal static readonly byte[] AssociatedData = Encoding.ASCII.GetBytes("CrossBorderHub.DataProtection.KeyRing.v1");

    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        var plaintext = Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting));
        var sealedBytes = new byte[NonceBytes + TagBytes + plaintext.Length];
        var nonce = sealedBytes.AsSpan(0, NonceBytes);
        RandomNumberGenerator.Fill(nonce);
        using (var aes = new AesGcm(keys.Current, TagBytes))
        {
            aes.Encrypt(nonce, plaintext, sealedBytes.AsSpan(NonceBytes + TagBytes), sealedBytes.AsSpan(NonceBytes, TagBytes), AssociatedData);
        }

        CryptographicOperations.ZeroMemory(plaintext);
        var element = new XElement(
            ElementName,
            new XAttribute(KekIdAttribute, keys.CurrentId),
            new XComment(" Encrypted with the key-encryption key DataProtection:KeyEncryptionKey (AES-256-GCM: nonce, tag, ciphertext). "),
            new XElement("value", Convert.ToBase64String(sealedBytes)));
        return new EncryptedXmlInfo(element, typeof(AesGcmXmlDecryptor));
    }

    internal static XElement Decrypt(XElement encryptedElement, byte[] key)
    {
        var sealedBytes = Convert.FromBase64String((string)encryptedElement.Element("value")!);
        if (sealedBytes.Length < NonceBytes + TagBytes)
        {
            throw new CryptographicException("The encrypted key is truncated.");
        }

        var plaintext = new byte[sealedBytes.Length - NonceBytes - TagBytes];
        using (var aes = new AesGcm(key, TagBytes))
        {
            aes.Decrypt(sealedBytes.AsSpan(0, NonceBytes), sealedBytes.AsSpan(NonceBytes + TagBytes), sealedBytes.AsSpan(NonceBytes, TagBytes), plaintext, AssociatedData);
        }

        try
        {
            return XElement.Parse(Encoding.UTF8.GetString(plaintext));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plaintext);
        }
    }
}
