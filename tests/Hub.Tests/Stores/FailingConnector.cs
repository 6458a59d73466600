using System.ComponentModel.DataAnnotations;
using System.Runtime.CompilerServices;
using CrossBorderHub.Connectors;
using CrossBorderHub.Mapping.Canonical;

namespace CrossBorderHub.Hub.Tests.Stores;

/// <summary>A marketplace whose every pull fails with the failure kind its store's settings name; it calls no host at all.</summary>
public sealed class FailingConnector : IMarketplaceConnector
{
    public const string Key = "failing";

    public string Marketplace => Key;

    public MarketplaceCapabilities Capabilities => MarketplaceCapabilities.PullOrders;

    public IStoreAccountDefinition Account { get; } = new Definition();

    public async IAsyncEnumerable<SourcePage<CanonicalOrder>> PullOrdersAsync(StoreAccount account, string? checkpoint, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.Yield();
        var kind = account.SettingsAs<Settings>().FailWith;
        throw new MarketplaceException(kind, Key, "E42", $"The marketplace says no ({kind}).");
#pragma warning disable CS0162 // An iterator needs a yield to be one.
        yield break;
#pragma warning restore CS0162
    }

    public IAsyncEnumerable<SourcePage<CanonicalProduct>> PullCatalogAsync(StoreAccount account, string? checkpoint, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public IAsyncEnumerable<SourcePage<InventoryLevel>> PullInventoryAsync(StoreAccount account, string? checkpoint, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public sealed record Settings
    {
        [Required]
        public MarketplaceFailureKind FailWith { get; init; }
    }

    public sealed record Credentials
    {
        [Required]
        public string Token { get; init; } = "";
    }

    private sealed class Definition : StoreAccountDefinition<Settings, Credentials>
    {
        protected override MarketplaceHosts HostsFor(Settings settings) => new(new Uri("http://127.0.0.1:9/"));

        protected override string? AccountKeyOf(Settings settings) => null;
    }
}
