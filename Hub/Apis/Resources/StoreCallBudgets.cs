using CrossBorderHub.Connectors;

namespace CrossBorderHub.Hub.Apis.Resources;

/// <summary>The marketplace quotas one store's calls draw on; empty for a marketplace whose connector reports none.</summary>
public sealed record StoreCallBudgets(Guid StoreId, string Marketplace, IReadOnlyList<CallBudget> Budgets);
