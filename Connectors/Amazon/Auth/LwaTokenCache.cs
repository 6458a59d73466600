using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace CrossBorderHub.Connectors.Amazon.Auth;

/// <summary>
/// Access tokens per store and credentials, kept until shortly before expires_in. Callers that find no valid token
/// wait on one refresh per key, so concurrent requests refresh once; a token SP-API refused is dropped, and only if
/// it is still the cached one, so a burst of refusals refreshes once too.
/// </summary>
internal sealed class LwaTokenCache(LwaTokenClient client, TimeProvider time, IOptions<AmazonOptions> options)
{
    private readonly ConcurrentDictionary<LwaTokenKey, Slot> _slots = new();

    public async ValueTask<string> GetAsync(LwaTokenKey key, CancellationToken cancellationToken)
    {
        var slot = _slots.GetOrAdd(key, _ => new Slot());
        if (slot.Token is { } cached && time.GetUtcNow() < cached.RefreshAt)
        {
            return cached.Value;
        }

        await slot.Gate.WaitAsync(cancellationToken);
        try
        {
            if (slot.Token is { } fresh && time.GetUtcNow() < fresh.RefreshAt)
            {
                return fresh.Value;
            }

            var (accessToken, expiresIn) = await client.RefreshAsync(key, cancellationToken);
            var lifetime = TimeSpan.FromSeconds(expiresIn) - options.Value.TokenRefreshMargin;
            slot.Token = new LwaAccessToken(accessToken, time.GetUtcNow() + (lifetime > TimeSpan.Zero ? lifetime : TimeSpan.Zero));
            return accessToken;
        }
        finally
        {
            slot.Gate.Release();
        }
    }

    /// <summary>SP-API refused <paramref name="accessToken"/>: the next caller refreshes, unless another already did.</summary>
    public void Drop(LwaTokenKey key, string accessToken)
    {
        if (_slots.TryGetValue(key, out var slot))
        {
            lock (slot)
            {
                if (slot.Token?.Value == accessToken)
                {
                    slot.Token = null;
                }
            }
        }
    }

    private sealed class Slot
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public volatile LwaAccessToken? Token;
    }
}
