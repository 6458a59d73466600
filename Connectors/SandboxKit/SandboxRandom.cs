namespace CrossBorderHub.Connectors.SandboxKit;

/// <summary>
/// A generator per (seed, record, stream): record i comes out the same however many others exist, so a sandbox
/// computes any page of any volume on demand and never holds the whole set.
/// </summary>
public static class SandboxRandom
{
    public static Random For(int seed, int index, int stream) =>
        new(unchecked((seed * 1_000_003) ^ (index * 7_919) ^ (stream * 104_729)));
}
