namespace CrossBorderHub.Connectors.Tests.Shopee;

/// <summary>The credential writer's contract in memory: compare with what was seen, rotate once under a lock, store.</summary>
internal sealed class MemoryCredentialWriter(IReadOnlyDictionary<string, string> initial) : IStoreCredentialWriter, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public IReadOnlyDictionary<string, string> Stored { get; private set; } = initial;

    public int Rotations { get; private set; }

    public async Task<IReadOnlyDictionary<string, string>> RotateAsync(
        Guid storeId,
        IReadOnlyDictionary<string, string> seen,
        Func<IReadOnlyDictionary<string, string>, CancellationToken, Task<IReadOnlyDictionary<string, string>>> rotate,
        CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (!Stored.OrderBy(p => p.Key, StringComparer.Ordinal).SequenceEqual(seen.OrderBy(p => p.Key, StringComparer.Ordinal)))
            {
                return Stored;
            }

            Stored = await rotate(Stored, cancellationToken);
            Rotations++;
            return Stored;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
