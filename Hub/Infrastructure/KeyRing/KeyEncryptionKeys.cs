using System.Security.Cryptography;

namespace CrossBorderHub.Hub.Infrastructure.KeyRing;

/// <summary>The current key-encryption key and earlier ones, each known by an id derived from the key (not secret).</summary>
internal sealed class KeyEncryptionKeys
{
    public const int KeyBytes = 32;

    private readonly Dictionary<string, byte[]> _byId = new(StringComparer.Ordinal);

    public KeyEncryptionKeys(byte[] current, IEnumerable<byte[]> previous)
    {
        Current = current;
        CurrentId = IdOf(current);
        _byId[CurrentId] = current;
        foreach (var key in previous)
        {
            _byId.TryAdd(IdOf(key), key);
        }
    }

    public byte[] Current { get; }

    public string CurrentId { get; }

    public byte[]? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>Reads a base64 KEK; throws naming the setting when it is not 32 bytes.</summary>
    public static byte[] Parse(string base64, string setting)
    {
        byte[] key;
        try
        {
            key = Convert.FromBase64String(base64.Trim());
        }
        catch (FormatException)
        {
            throw new InvalidOperationException($"Configuration '{setting}' is not base64.");
        }

        return key.Length == KeyBytes
            ? key
            : throw new InvalidOperationException($"Configuration '{setting}' must be {KeyBytes} bytes (256 bits) in base64; it is {key.Length}.");
    }

    /// <summary>The demo's KEK from its file, generated on first use; the file is created once even when two hubs start together.</summary>
    public static byte[] LoadOrCreate(string file)
    {
        if (!File.Exists(file))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
            try
            {
                using var stream = new FileStream(file, FileMode.CreateNew, FileAccess.Write, FileShare.None);
                if (!OperatingSystem.IsWindows())
                {
                    File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
                }

                using var writer = new StreamWriter(stream);
                writer.Write(Convert.ToBase64String(RandomNumberGenerator.GetBytes(KeyBytes)));
            }
            catch (IOException) when (File.Exists(file))
            {
                // Another process created it first; use theirs.
            }
        }

        return Parse(ReadWhenWritten(file), file);
    }

    private static string ReadWhenWritten(string file)
    {
        var text = File.ReadAllText(file);
        for (var attempt = 0; text.Length == 0 && attempt < 50; attempt++)
        {
            // The creating process has the file open and has not written yet: wait on it, not on a clock.
            using (new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read))
            {
            }

            text = File.ReadAllText(file);
        }

        return text;
    }

    private static string IdOf(byte[] key) => Convert.ToHexStringLower(SHA256.HashData(key).AsSpan(0, 8));
}
