namespace CrossBorderHub.Connectors;

/// <summary>
/// Writes rotated credentials back (refreshed access tokens, single-use refresh tokens), atomically and once per store:
/// when several callers hold the same stale credentials at once, <c>rotate</c> runs for one of them and the others get
/// its result.
/// </summary>
public interface IStoreCredentialWriter
{
    /// <summary>
    /// If the stored credentials still equal <paramref name="seen"/>, calls <paramref name="rotate"/> with them and stores
    /// what it returns; otherwise someone already rotated them, and the stored ones are returned without calling it.
    /// </summary>
    Task<IReadOnlyDictionary<string, string>> RotateAsync(
        Guid storeId,
        IReadOnlyDictionary<string, string> seen,
        Func<IReadOnlyDictionary<string, string>, CancellationToken, Task<IReadOnlyDictionary<string, string>>> rotate,
        CancellationToken cancellationToken);
}
