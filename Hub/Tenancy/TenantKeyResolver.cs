using CrossBorderHub.Persistence;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace CrossBorderHub.Hub.Tenancy;

/// <summary>
/// Finds the tenant of a presented ERP key by its hash, holding each answer (unknown keys too) for
/// <see cref="TenancyOptions.KeyCacheDuration"/>. A revocation through this process drops every held answer at once;
/// one in another process is seen when the answer expires.
/// </summary>
internal sealed class TenantKeyResolver : IDisposable
{
    private readonly ITenantDirectory _directory;
    private readonly TenancyOptions _options;
    private readonly MemoryCache _cache;
    private long _generation;

    public TenantKeyResolver(ITenantDirectory directory, IOptions<TenancyOptions> options)
    {
        _directory = directory;
        _options = options.Value;
        _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = _options.KeyCacheEntries });
    }

    public async ValueTask<Guid?> ResolveAsync(string presented, CancellationToken ct)
    {
        if (!ApiKeySecrets.LooksIssued(presented))
        {
            return null;
        }

        var hash = ApiKeySecrets.Hash(presented);
        var generation = Interlocked.Read(ref _generation);
        if (_cache.TryGetValue(hash, out Held? held) && held!.Generation == generation)
        {
            return held.TenantId;
        }

        var key = await _directory.FindLiveKeyByHashAsync(hash, ct);
        if (_options.KeyCacheDuration > TimeSpan.Zero)
        {
            _cache.Set(hash, new Held(key?.TenantId, generation), new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = _options.KeyCacheDuration });
        }

        return key?.TenantId;
    }

    /// <summary>Forget every held answer (after a revocation).</summary>
    public void Invalidate() => Interlocked.Increment(ref _generation);

    public void Dispose() => _cache.Dispose();

    private sealed record Held(Guid? TenantId, long Generation);
}
