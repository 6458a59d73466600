using System.Collections.Concurrent;
using CrossBorderHub.Connectors.Amazon.Sandbox;
using CrossBorderHub.Connectors.SandboxKit;
using CrossBorderHub.Hub.Tests.Infrastructure;

namespace CrossBorderHub.Hub.Tests.Contract.Amazon;

/// <summary>Amazon's sandbox for the connector contract.</summary>
public sealed class AmazonContractAdapter : IConnectorContractAdapter
{
    /// <summary>The defects a bad record gets, in turn: each one the connector cannot map.</summary>
    private static readonly AmazonSandboxRecordFault[] Unmappable =
    [
        AmazonSandboxRecordFault.BadAmount,
        AmazonSandboxRecordFault.UnknownCurrency,
        AmazonSandboxRecordFault.MissingId,
        AmazonSandboxRecordFault.UnknownCountry,
    ];

    /// <summary>What Login with Amazon says when it refuses a revoked refresh token.</summary>
    public string RefusalReason => "invalid_grant";

    public IContractSandbox Start(ContractPlan plan)
    {
        var faults = new ConcurrentDictionary<int, SandboxFault>(plan.Faults);
        var records = plan.BadRecords.Order().Select((index, n) => (index, n)).ToDictionary(x => x.index, x => Unmappable[x.n % Unmappable.Length]);

        // The hub reads from its own clock's lookback; the sandbox's clock is later still, so every order is visible.
        var start = new DateTimeOffset(TimeProvider.System.GetUtcNow().UtcDateTime.Date, TimeSpan.Zero).AddDays(-7);
        var sandbox = AmazonSandbox.Start(new AmazonSandboxOptions
        {
            Seed = plan.Seed,
            OrderCount = plan.Orders,
            OrdersStartAt = start,
            OrderInterval = TimeSpan.FromSeconds(30),
            TimeProvider = Sandboxes.Clock(),
            SearchOrdersPlan = SandboxRateLimit.Off,
            ConfirmShipmentPlan = SandboxRateLimit.Off,

            // Stock is set on merchant-fulfilled listings only; the scenario picks a level from the feed, so all are.
            FbaEvery = 0,
            ListingsUpdatedAt = start,
            Faults = new AmazonFaultPlan { OnRequest = faults, TimeoutDelay = plan.TimeoutDelay, OrderRecords = records },
        });
        return new AmazonContractSandbox(sandbox, faults);
    }
}
