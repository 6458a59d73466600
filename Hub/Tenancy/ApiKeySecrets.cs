using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace CrossBorderHub.Hub.Tenancy;

/// <summary>
/// Tenant ERP keys: "cbh_" and 32 random bytes (256 bits) in base64url. Only their SHA-256 is stored; a plain hash is
/// enough because the key is random and long, so there is nothing to guess that a slow hash would protect.
/// </summary>
internal static class ApiKeySecrets
{
    public const string Marker = "cbh_";
    private const int SecretBytes = 32;
    private const int PrefixLength = 12;
    private static readonly int KeyLength = Marker.Length + Base64Url.GetEncodedLength(SecretBytes);

    public static string Generate() => Generate(Marker);

    /// <summary>A secret of the same strength for another use, told apart by its <paramref name="marker"/>.</summary>
    public static string Generate(string marker) => marker + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(SecretBytes));

    /// <summary>Cheap shape check so a configured or mistyped key never costs a database lookup.</summary>
    public static bool LooksIssued(string presented) =>
        presented.Length == KeyLength && presented.StartsWith(Marker, StringComparison.Ordinal);

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    public static string Prefix(string key) => key[..PrefixLength];
}
