using CrossBorderHub.Connectors;
using CrossBorderHub.Scheduler.Budgets;
using CrossBorderHub.Scheduler.Ports;

namespace CrossBorderHub.Hub.Dashboard.Data;

/// <summary>The rate and call budgets the admin API shows, read from the same board and connectors for the pages.</summary>
public sealed class BudgetReader(RateBudgetBoard board, IStoreAccountSource accounts, IConnectorRegistry connectors)
{
    public async Task<StoreBudgets> StoreAsync(Guid storeId, CancellationToken cancellationToken)
    {
        var rates = board.Read(storeId);
        try
        {
            if (await accounts.FindAsync(storeId, cancellationToken) is not { } account
                || connectors.Find(account.Marketplace) is not ICallBudgetReporter reporter)
            {
                return new StoreBudgets(rates, [], null);
            }

            return new StoreBudgets(rates, await reporter.CallBudgetsAsync(account, cancellationToken), null);
        }
        catch (MarketplaceException e)
        {
            return new StoreBudgets(rates, [], e.Message);
        }
    }

    /// <summary>Per store, the operation with the smallest share of its budget left, for the stores overview.</summary>
    public IReadOnlyDictionary<Guid, RateBudgetReading> TightestByStore() =>
        board.Read()
            .Where(r => r.Available is not null && r.Capacity is > 0)
            .GroupBy(r => r.StoreId)
            .ToDictionary(g => g.Key, g => g.MinBy(r => r.Available!.Value / r.Capacity!.Value)!);
}
