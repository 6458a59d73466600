using CrossBorderHub.Connectors.SandboxKit;

namespace CrossBorderHub.Hub.Tests.Contract;

/// <summary>
/// The store a scenario asks a marketplace's sandbox for, in the kit's generic words: how many orders, which requests
/// fail and how, which orders are written malformed. Each adapter translates it into its own sandbox's options.
/// </summary>
public sealed record ContractPlan(int Orders, int Seed)
{
    /// <summary>Faults by request number (1-based, counting the requests the sandbox authenticated).</summary>
    public IReadOnlyDictionary<int, SandboxFault> Faults { get; init; } = new Dictionary<int, SandboxFault>();

    /// <summary>Orders (by index) the sandbox writes so that they cannot be mapped: the connector must quarantine them.</summary>
    public IReadOnlySet<int> BadRecords { get; init; } = new HashSet<int>();

    /// <summary>How long a <see cref="SandboxFault.Timeout"/> is held back: longer than the hub's attempt timeout.</summary>
    public TimeSpan TimeoutDelay { get; init; } = TimeSpan.FromSeconds(3);
}
