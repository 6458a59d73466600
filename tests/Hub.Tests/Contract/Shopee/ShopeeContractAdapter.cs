using System.Collections.Concurrent;
using CrossBorderHub.Connectors.SandboxKit;
using CrossBorderHub.Connectors.Shopee.Sandbox;

namespace CrossBorderHub.Hub.Tests.Contract.Shopee;

/// <summary>Shopee's sandbox for the connector contract.</summary>
public sealed class ShopeeContractAdapter : IConnectorContractAdapter
{
    /// <summary>The defects a bad record gets, in turn: each one the connector cannot map.</summary>
    private static readonly ShopeeSandboxRecordFault[] Unmappable =
    [
        ShopeeSandboxRecordFault.UnknownCurrency,
        ShopeeSandboxRecordFault.MissingTotal,
        ShopeeSandboxRecordFault.ZeroQuantity,
    ];

    /// <summary>What Shopee answers for a shop whose authorization is gone.</summary>
    public string RefusalReason => "error_auth";

    public IContractSandbox Start(ContractPlan plan)
    {
        var faults = new ConcurrentDictionary<int, SandboxFault>(plan.Faults);
        var records = plan.BadRecords.Order().Select((index, n) => (index, n)).ToDictionary(x => x.index, x => Unmappable[x.n % Unmappable.Length]);

        // The hub walks 15-day windows from 90 days before its own (real) clock: the orders are placed early in the first
        // window, and a shipment's update_time is real time too, so the next sync's window sees it.
        var sandbox = ShopeeSandbox.Start(new ShopeeSandboxOptions
        {
            Seed = plan.Seed,
            OrderCount = plan.Orders,
            ShopId = 70_000_000 + plan.Seed,
            TimeProvider = TimeProvider.System,
            OrdersStartAt = TimeProvider.System.GetUtcNow() - TimeSpan.FromDays(89),
            OrderInterval = TimeSpan.FromSeconds(30),

            // Eight items (five with models), none deleted, all updated within the first 15-day window of the hub's walk.
            ItemCount = 8,
            ItemsStartAt = TimeProvider.System.GetUtcNow() - TimeSpan.FromDays(20),
            Faults = new ShopeeFaultPlan { OnRequest = faults, TimeoutDelay = plan.TimeoutDelay, OrderRecords = records },
        });
        return new ShopeeContractSandbox(sandbox, faults);
    }
}
