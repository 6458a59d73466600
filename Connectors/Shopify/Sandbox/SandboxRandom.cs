namespace CrossBorderHub.Connectors.Shopify.Sandbox;

/// <summary>A generator per (seed, record, stream): record i comes out the same however many others exist.</summary>
internal static class SandboxRandom
{
    public static Random For(int seed, int index, int stream) =>
        new(unchecked((seed * 1_000_003) ^ (index * 7_919) ^ (stream * 104_729)));
}
