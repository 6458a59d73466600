using System.Collections.Concurrent;

namespace CrossBorderHub.Connectors.TikTokShop;

/// <summary>
/// Shop ciphers found in the authorized shops list, per store, app and shop id, for the life of the process. The kit
/// writes back credentials only (not settings), so a restarted hub reads the list once more per store.
/// </summary>
internal sealed class TikTokShopCiphers
{
    private readonly ConcurrentDictionary<string, string> _known = new(StringComparer.Ordinal);

    public string? Find(TikTokShopSession session) => _known.TryGetValue(Key(session), out var cipher) ? cipher : null;

    public void Remember(TikTokShopSession session, string cipher) => _known[Key(session)] = cipher;

    private static string Key(TikTokShopSession session) => $"{session.StoreKey}\n{session.Settings.AppKey}\n{session.Settings.ShopId}";
}
