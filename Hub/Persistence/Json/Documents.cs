using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace CrossBorderHub.Persistence.Json;

/// <summary>Serializes stored documents and fingerprints them, so an identical rewrite can be told from a change.</summary>
internal static class Documents
{
    private const int HashLength = 16;

    public static string Serialize<T>(T value, JsonTypeInfo<T> typeInfo) => JsonSerializer.Serialize(value, typeInfo);

    public static T Deserialize<T>(string json, JsonTypeInfo<T> typeInfo) =>
        JsonSerializer.Deserialize(json, typeInfo) ?? throw new JsonException($"Stored {typeof(T).Name} document is null.");

    /// <summary>Serializes once, returning the text to store and a 128-bit SHA-256 prefix of its bytes.</summary>
    public static (string Json, byte[] Hash) SerializeWithHash<T>(T value, JsonTypeInfo<T> typeInfo)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(value, typeInfo);
        return (Encoding.UTF8.GetString(bytes), Hash(bytes));
    }

    public static byte[] Hash(ReadOnlySpan<byte> bytes)
    {
        Span<byte> full = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(bytes, full);
        return full[..HashLength].ToArray();
    }
}
