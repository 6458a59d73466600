namespace CrossBorderHub.Connectors.SandboxKit;

/// <summary>
/// A usage plan as a bucket: <see cref="Capacity"/> points, <see cref="RestorePerSecond"/> restored each second.
/// A leaky bucket charged by query cost (Shopify) and a token bucket of one point per call (rate and burst) are the
/// same arithmetic.
/// </summary>
public sealed record SandboxRateLimit(double Capacity, double RestorePerSecond, bool Enabled = true)
{
    public static SandboxRateLimit Off { get; } = new(0, 0, Enabled: false);
}
