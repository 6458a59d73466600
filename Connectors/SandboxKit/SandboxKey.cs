namespace CrossBorderHub.Connectors.SandboxKit;

/// <summary>Where a record sorts in a sandbox listing: its timestamp, then its index to break ties.</summary>
public readonly record struct SandboxKey(DateTimeOffset At, int Index) : IComparable<SandboxKey>
{
    public int CompareTo(SandboxKey other)
    {
        var byTime = At.CompareTo(other.At);
        return byTime != 0 ? byTime : Index.CompareTo(other.Index);
    }

    public static bool operator <(SandboxKey left, SandboxKey right) => left.CompareTo(right) < 0;

    public static bool operator >(SandboxKey left, SandboxKey right) => left.CompareTo(right) > 0;

    public static bool operator <=(SandboxKey left, SandboxKey right) => left.CompareTo(right) <= 0;

    public static bool operator >=(SandboxKey left, SandboxKey right) => left.CompareTo(right) >= 0;
}
