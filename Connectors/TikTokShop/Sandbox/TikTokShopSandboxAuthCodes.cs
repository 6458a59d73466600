using System.Collections.Concurrent;
using System.Globalization;

namespace CrossBorderHub.Connectors.TikTokShop.Sandbox;

/// <summary>Authorization codes the sandbox issued, each good for one exchange.</summary>
internal sealed class TikTokShopSandboxAuthCodes
{
    private readonly ConcurrentDictionary<string, bool> _unused = new(StringComparer.Ordinal);
    private int _issued;

    public string Issue()
    {
        var code = $"ROW_sandbox_code_{Interlocked.Increment(ref _issued).ToString(CultureInfo.InvariantCulture)}";
        _unused[code] = true;
        return code;
    }

    /// <summary>True once for a code the sandbox issued; false for any other code and for one already used.</summary>
    public bool TryUse(string? code) => code is not null && _unused.TryRemove(code, out _);
}
