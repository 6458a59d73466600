namespace CrossBorderHub.Connectors.Kit.Http;

/// <summary>What one request spends: from which budget, how many permits, and which pull's meter counts the wait.</summary>
public sealed record RateBudgetClaim(IRateBudget Budget, int Permits, ThrottleMeter? Meter);
