using System.Collections.Concurrent;
using CrossBorderHub.Connectors;
using CrossBorderHub.Persistence.Context;
using Microsoft.EntityFrameworkCore;

namespace CrossBorderHub.Persistence.Stores;

/// <summary>
/// Rotates a store's credentials once, however many callers ask at the same moment: within this process they queue on a
/// per-store lock; across processes one claims a short lease on the credentials row (compare-and-swap on its version) and
/// the others wait for the version to move, then read what it wrote.
/// </summary>
internal sealed class StoreCredentialWriter(IHubDbContextFactory contexts, CredentialProtector protector, TimeProvider time)
    : IStoreCredentialWriter
{
    /// <summary>Longer than any marketplace's token call takes; a process that died mid-rotation frees the row after it.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromSeconds(60);

    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(200);

    private readonly ConcurrentDictionary<Guid, SemaphoreSlim> _locks = new();

    public async Task<IReadOnlyDictionary<string, string>> RotateAsync(
        Guid storeId,
        IReadOnlyDictionary<string, string> seen,
        Func<IReadOnlyDictionary<string, string>, CancellationToken, Task<IReadOnlyDictionary<string, string>>> rotate,
        CancellationToken cancellationToken)
    {
        var gate = _locks.GetOrAdd(storeId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            while (true)
            {
                var row = await ReadAsync(storeId, cancellationToken)
                    ?? throw new InvalidOperationException($"Store {storeId} has no credentials.");
                var current = protector.Unprotect(storeId, row.Protected);
                if (!Same(current, seen))
                {
                    return current;
                }

                var now = time.GetUtcNow();
                if (row.RotationLeaseUntil > now || !await ClaimAsync(storeId, row.Version, now, cancellationToken))
                {
                    // Another process is rotating: its result shows up as a new version.
                    await Task.Delay(PollInterval, time, cancellationToken);
                    continue;
                }

                return await RotateClaimedAsync(storeId, row.Version, current, rotate, cancellationToken);
            }
        }
        finally
        {
            gate.Release();
        }
    }

    private static bool Same(Dictionary<string, string> a, IReadOnlyDictionary<string, string> b) =>
        a.Count == b.Count && a.All(pair => b.TryGetValue(pair.Key, out var value) && string.Equals(value, pair.Value, StringComparison.Ordinal));

    private async Task<IReadOnlyDictionary<string, string>> RotateClaimedAsync(
        Guid storeId,
        long version,
        Dictionary<string, string> current,
        Func<IReadOnlyDictionary<string, string>, CancellationToken, Task<IReadOnlyDictionary<string, string>>> rotate,
        CancellationToken cancellationToken)
    {
        IReadOnlyDictionary<string, string> rotated;
        try
        {
            rotated = await rotate(current, cancellationToken);
        }
        catch
        {
            await ReleaseAsync(storeId, version);
            throw;
        }

        var payload = protector.Protect(storeId, rotated);
        var now = time.GetUtcNow();
        await using var db = contexts.CreateDbContext();
        var written = await db.StoreCredentials
            .Where(c => c.StoreId == storeId && c.Version == version)
            .ExecuteUpdateAsync(
                u => u.SetProperty(c => c.Protected, payload)
                    .SetProperty(c => c.Version, version + 1)
                    .SetProperty(c => c.RotationLeaseUntil, (DateTimeOffset?)null)
                    .SetProperty(c => c.UpdatedAt, now),
                CancellationToken.None);
        if (written == 0)
        {
            // The credentials were replaced meanwhile (an admin's PATCH): those win over our rotation.
            var row = await ReadAsync(storeId, cancellationToken);
            return row is null ? rotated : protector.Unprotect(storeId, row.Protected);
        }

        return rotated;
    }

    private async Task<CredentialState?> ReadAsync(Guid storeId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.StoreCredentials.AsNoTracking()
            .Where(c => c.StoreId == storeId)
            .Select(c => new CredentialState(c.Protected, c.Version, c.RotationLeaseUntil))
            .FirstOrDefaultAsync(cancellationToken);
    }

    private async Task<bool> ClaimAsync(Guid storeId, long version, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var until = now + Lease;
        await using var db = contexts.CreateDbContext();
        var claimed = await db.StoreCredentials
            .Where(c => c.StoreId == storeId && c.Version == version && (c.RotationLeaseUntil == null || c.RotationLeaseUntil <= now))
            .ExecuteUpdateAsync(u => u.SetProperty(c => c.RotationLeaseUntil, until), cancellationToken);
        return claimed == 1;
    }

    private async Task ReleaseAsync(Guid storeId, long version)
    {
        await using var db = contexts.CreateDbContext();
        await db.StoreCredentials
            .Where(c => c.StoreId == storeId && c.Version == version)
            .ExecuteUpdateAsync(u => u.SetProperty(c => c.RotationLeaseUntil, (DateTimeOffset?)null), CancellationToken.None);
    }

    private sealed record CredentialState(string Protected, long Version, DateTimeOffset? RotationLeaseUntil);
}
