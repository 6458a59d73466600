using CrossBorderHub.Connectors;
using CrossBorderHub.Scheduler.Budgets;

namespace CrossBorderHub.Hub.Dashboard.Data;

/// <summary>
/// What a store's connector has left to spend: the rate budgets its runs drew on in this process, per operation, and
/// the marketplace's daily call quotas where the connector reports them (<see cref="CallBudgetsError"/> when it could not).
/// </summary>
public sealed record StoreBudgets(IReadOnlyList<RateBudgetReading> Rates, IReadOnlyList<CallBudget> Calls, string? CallBudgetsError);
