namespace CrossBorderHub.Connectors.Shopify.Sandbox;

/// <summary>
/// Deterministic fault injection. HTTP faults by request number (1-based, counting authenticated GraphQL
/// requests): exact numbers, every Nth, or a seeded probability. Record faults by order index.
/// </summary>
public sealed record ShopifyFaultPlan
{
    public static ShopifyFaultPlan None { get; } = new();

    /// <summary>Faults for exact request numbers.</summary>
    public IReadOnlyDictionary<int, ShopifySandboxFault> OnRequest { get; init; } = new Dictionary<int, ShopifySandboxFault>();

    /// <summary>A fault on every Nth request (N = key).</summary>
    public IReadOnlyDictionary<int, ShopifySandboxFault> EveryNth { get; init; } = new Dictionary<int, ShopifySandboxFault>();

    /// <summary>A fault with this probability per request, from <see cref="ShopifySandboxOptions.Seed"/>.</summary>
    public double Probability { get; init; }

    public ShopifySandboxFault ProbableFault { get; init; } = ShopifySandboxFault.ServiceUnavailable;

    /// <summary>Defects written into the orders with these indexes.</summary>
    public IReadOnlyDictionary<int, ShopifySandboxRecordFault> OrderRecords { get; init; } = new Dictionary<int, ShopifySandboxRecordFault>();

    /// <summary>How long a <see cref="ShopifySandboxFault.Timeout"/> answer is held back (real time).</summary>
    public TimeSpan TimeoutDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>The Retry-After a <see cref="ShopifySandboxFault.TooManyRequests"/> answer carries.</summary>
    public int RetryAfterSeconds { get; init; } = 1;

    internal ShopifySandboxFault For(int requestNumber, int seed)
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
            : ShopifySandboxFault.None;
    }
}
