namespace CrossBorderHub.Connectors.SandboxKit;

/// <summary>
/// Which credential the simulated marketplace accepts, and a switch that makes it refuse that one too, as when a
/// seller revokes the app or a token expires between syncs.
/// </summary>
public sealed class SandboxAuthorization(string acceptedToken)
{
    private int _refused;

    public string AcceptedToken { get; } = acceptedToken;

    /// <summary>True once <see cref="Refuse"/> was called and until <see cref="Restore"/>.</summary>
    public bool IsRefusing => Volatile.Read(ref _refused) == 1;

    public void Refuse() => Volatile.Write(ref _refused, 1);

    public void Restore() => Volatile.Write(ref _refused, 0);

    public bool Accepts(string? token) => !IsRefusing && string.Equals(token, AcceptedToken, StringComparison.Ordinal);
}
