namespace CrossBorderHub.Connectors;

/// <summary>
/// A connector whose marketplace rations calls by quota (per application and API, per day) and can say how much of
/// each quota is left, for admins to see before a sync runs dry.
/// </summary>
public interface ICallBudgetReporter
{
    /// <summary>The quotas the store's calls draw on, as the marketplace last reported them or as counted here.</summary>
    Task<IReadOnlyList<CallBudget>> CallBudgetsAsync(StoreAccount account, CancellationToken cancellationToken);
}
