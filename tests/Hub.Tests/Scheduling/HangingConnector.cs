using System.ComponentModel.DataAnnotations;
using System.Runtime.CompilerServices;
using CrossBorderHub.Connectors;
using CrossBorderHub.Mapping.Canonical;

namespace CrossBorderHub.Hub.Tests.Scheduling;

/// <summary>
/// A marketplace that accepts an orders pull and never answers, like a long HTTP call or a wait for rate budget; it
/// ends only when its token is cancelled, and says when that happened. It calls no host at all.
/// </summary>
public sealed class HangingConnector : IMarketplaceConnector
{
    public const string Key = "hanging";

    public string Marketplace => Key;

    public MarketplaceCapabilities Capabilities => MarketplaceCapabilities.PullOrders;

    public IStoreAccountDefinition Account { get; } = new Definition();

    /// <summary>Completes when a pull has started waiting.</summary>
    public TaskCompletionSource Waiting { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when a waiting pull saw its cancellation.</summary>
    public TaskCompletionSource Cancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async IAsyncEnumerable<SourcePage<CanonicalOrder>> PullOrdersAsync(StoreAccount account, string? checkpoint, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Waiting.TrySetResult();
        try
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            Cancelled.TrySetResult();
            throw;
        }

        yield break;
    }

    public IAsyncEnumerable<SourcePage<CanonicalProduct>> PullCatalogAsync(StoreAccount account, string? checkpoint, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public IAsyncEnumerable<SourcePage<InventoryLevel>> PullInventoryAsync(StoreAccount account, string? checkpoint, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public sealed record Settings
    {
        public string? Note { get; init; }
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
