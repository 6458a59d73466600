namespace CrossBorderHub.Connectors.Tests.TikTokShop;

/// <summary>A store's credentials in memory with the writer's contract: compare, rotate once, hand the result to the rest.</summary>
internal sealed class InMemoryCredentialWriter(IReadOnlyDictionary<string, string> initial) : IStoreCredentialWriter, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private int _rotations;

    public IReadOnlyDictionary<string, string> Current { get; private set; } = initial;

    public int Rotations => Volatile.Read(ref _rotations);

    public async Task<IReadOnlyDictionary<string, string>> RotateAsync(
        Guid storeId,
        IReadOnlyDictionary<string, string> seen,
        Func<IReadOnlyDictionary<string, string>, CancellationToken, Task<IReadOnlyDictionary<string, string>>> rotate,
        CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (!Same(Current, seen))
            {
                return Current;
            }

            Current = await rotate(Current, cancellationToken);
            Interlocked.Increment(ref _rotations);
            return Current;
        }
        finally
        {
            _gate.Release();
        }
    }

    private static bool Same(IReadOnlyDictionary<string, string> a, IReadOnlyDictionary<string, string> b) =>
        a.Count == b.Count && a.All(p => b.TryGetValue(p.Key, out var v) && v == p.Value);

    public void Dispose() => _gate.Dispose();
}
