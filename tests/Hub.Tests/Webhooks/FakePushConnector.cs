using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Runtime.CompilerServices;
using CrossBorderHub.Connectors;
using CrossBorderHub.Mapping.Canonical;

namespace CrossBorderHub.Hub.Tests.Webhooks;

/// <summary>
/// A marketplace for the webhook pipeline's tests: its stores name an account and may hold a push secret; its orders and
/// catalog pulls find nothing, unless a test closes a store's gate, which holds that store's pulls until it is opened.
/// It calls no host at all.
/// </summary>
public sealed class FakePushConnector : IMarketplaceConnector
{
    public const string Key = "pushmarket";

    private readonly ConcurrentDictionary<Guid, TaskCompletionSource> _gates = new();

    public string Marketplace => Key;

    public MarketplaceCapabilities Capabilities => MarketplaceCapabilities.PullOrders | MarketplaceCapabilities.PullCatalog;

    public IStoreAccountDefinition Account { get; } = new Definition();

    /// <summary>Holds the store's pulls until the returned source is completed.</summary>
    public TaskCompletionSource Hold(Guid storeId) =>
        _gates.GetOrAdd(storeId, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

    public IAsyncEnumerable<SourcePage<CanonicalOrder>> PullOrdersAsync(StoreAccount account, string? checkpoint, CancellationToken cancellationToken) =>
        NothingAsync<CanonicalOrder>(account, cancellationToken);

    public IAsyncEnumerable<SourcePage<CanonicalProduct>> PullCatalogAsync(StoreAccount account, string? checkpoint, CancellationToken cancellationToken) =>
        NothingAsync<CanonicalProduct>(account, cancellationToken);

    public IAsyncEnumerable<SourcePage<InventoryLevel>> PullInventoryAsync(StoreAccount account, string? checkpoint, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    private async IAsyncEnumerable<SourcePage<T>> NothingAsync<T>(StoreAccount account, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (_gates.TryGetValue(account.Id, out var gate))
        {
            await gate.Task.WaitAsync(cancellationToken);
        }

        yield break;
    }

    public sealed record Settings
    {
        [Required]
        public string Account { get; init; } = "";
    }

    public sealed record Credentials
    {
        public string? Secret { get; init; }
    }

    private sealed class Definition : StoreAccountDefinition<Settings, Credentials>
    {
        protected override MarketplaceHosts HostsFor(Settings settings) => new(new Uri("http://127.0.0.1:9/"));

        protected override string? AccountKeyOf(Settings settings) => settings.Account.ToLowerInvariant();
    }
}
