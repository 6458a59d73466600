namespace CrossBorderHub.Connectors.Kit.Http;

/// <summary>
/// How the work in progress (a scheduled sync run) wants rate budgets to behave, for every request made inside the
/// scope: a budget that would make a request wait longer than <see cref="MaxWait"/> throws
/// <see cref="RateBudgetExhaustedException"/> instead of holding the caller asleep, and each budget a request draws on
/// is reported to <c>onBudget</c> with its key. Outside a scope budgets wait as long as needed (push commands, tests).
/// </summary>
public sealed class RateBudgetScope : IDisposable
{
    // Flows with the run's async calls (into the pipeline and the prefetching producer) and never leaks to other runs.
    private static readonly AsyncLocal<RateBudgetScope?> Ambient = new();

    private readonly RateBudgetScope? _outer;
    private readonly Action<RateBudgetKey, IRateBudget>? _onBudget;

    public RateBudgetScope(TimeSpan maxWait, Action<RateBudgetKey, IRateBudget>? onBudget = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxWait, TimeSpan.Zero);
        MaxWait = maxWait;
        _onBudget = onBudget;
        _outer = Ambient.Value;
        Ambient.Value = this;
    }

    public static RateBudgetScope? Current => Ambient.Value;

    public TimeSpan MaxWait { get; }

    public void Dispose() => Ambient.Value = _outer;

    internal void Saw(RateBudgetKey key, IRateBudget budget) => _onBudget?.Invoke(key, budget);
}
