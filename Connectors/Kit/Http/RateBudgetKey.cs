namespace CrossBorderHub.Connectors.Kit.Http;

/// <summary>Whose budget a call spends: marketplaces limit per seller account and, most of them, per operation.</summary>
public readonly record struct RateBudgetKey(string Store, string Operation);
