using CrossBorderHub.Connectors;
using CrossBorderHub.Persistence;

namespace CrossBorderHub.Hub.Apis;

internal static class StoreAccountLookups
{
    /// <summary>
    /// The stores (not removed, oldest first) of <paramref name="connector"/>'s marketplace that are the account
    /// <paramref name="accountKey"/> on it. The key lives in each store's settings, so every store is read and compared
    /// here; a key column would let the database do it once there are many stores.
    /// </summary>
    public static async Task<IReadOnlyList<StoreSummary>> OfAccountAsync(
        this IStoreAccountRepository stores, IMarketplaceConnector connector, string accountKey, CancellationToken cancellationToken) =>
        [.. (await stores.ListAsync(cancellationToken))
            .Where(s => s.Status != StoreStatus.Removed
                        && s.Marketplace.Equals(connector.Marketplace, StringComparison.OrdinalIgnoreCase)
                        && string.Equals(connector.Account.AccountKey(s.Settings), accountKey, StringComparison.Ordinal))
            .OrderBy(s => s.CreatedAt)];
}
