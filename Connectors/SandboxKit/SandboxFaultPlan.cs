namespace CrossBorderHub.Connectors.SandboxKit;

/// <summary>
/// Deterministic HTTP fault injection by request number (1-based, as the sandbox counts authenticated requests):
/// exact numbers, every Nth, or a seeded probability. Each marketplace derives its plan and adds its record faults
/// (see <see cref="SandboxRecordFaults{TRecord, TFault}"/>).
/// </summary>
public abstract record SandboxFaultPlan
{
    /// <summary>Faults for exact request numbers.</summary>
    public IReadOnlyDictionary<int, SandboxFault> OnRequest { get; init; } = new Dictionary<int, SandboxFault>();

    /// <summary>A fault on every Nth request (N = key).</summary>
    public IReadOnlyDictionary<int, SandboxFault> EveryNth { get; init; } = new Dictionary<int, SandboxFault>();

    /// <summary>A fault with this probability per request, drawn from the sandbox's seed.</summary>
    public double Probability { get; init; }

    public SandboxFault ProbableFault { get; init; } = SandboxFault.ServiceUnavailable;

    /// <summary>How long a <see cref="SandboxFault.Timeout"/> answer is held back (real time).</summary>
    public TimeSpan TimeoutDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>The Retry-After a <see cref="SandboxFault.TooManyRequests"/> answer carries.</summary>
    public int RetryAfterSeconds { get; init; } = 1;

    public SandboxFault For(int requestNumber, int seed)
    {
        if (OnRequest.TryGetValue(requestNumber, out var exact))
        {
            return exact;
        }

        foreach (var (every, fault) in EveryNth)
        {
            if (every > 0 && requestNumber % every == 0)
            {
                return fault;
            }
        }

        return Probability > 0 && SandboxRandom.For(seed, requestNumber, 0x5eed).NextDouble() < Probability
            ? ProbableFault
            : SandboxFault.None;
    }
}
