using System.Collections.Concurrent;
using CrossBorderHub.Connectors.SandboxKit;
using CrossBorderHub.Connectors.Shopify.Sandbox;
using CrossBorderHub.Hub.Tests.Infrastructure;

namespace CrossBorderHub.Hub.Tests.Contract.Shopify;

/// <summary>Shopify's sandbox for the connector contract.</summary>
public sealed class ShopifyContractAdapter : IConnectorContractAdapter
{
    /// <summary>The defects a bad record gets, in turn: each one the connector cannot map.</summary>
    private static readonly ShopifySandboxRecordFault[] Unmappable =
    [
        ShopifySandboxRecordFault.BadAmount,
        ShopifySandboxRecordFault.UnknownCurrency,
        ShopifySandboxRecordFault.MissingId,
        ShopifySandboxRecordFault.UnknownCountry,
    ];

    /// <summary>What Shopify says when it refuses an access token.</summary>
    public string RefusalReason => "Invalid API key or access token";

    public IContractSandbox Start(ContractPlan plan)
    {
        var faults = new ConcurrentDictionary<int, SandboxFault>(plan.Faults);
        var records = plan.BadRecords.Order().Select((index, n) => (index, n)).ToDictionary(x => x.index, x => Unmappable[x.n % Unmappable.Length]);
        var sandbox = ShopifySandbox.Start(new ShopifySandboxOptions
        {
            Seed = plan.Seed,
            OrderCount = plan.Orders,
            ProductCount = 25,
            LocationCount = 2,
            ShopDomain = $"contract-{plan.Seed}.myshopify.com",
            TimeProvider = Sandboxes.Clock(),
            Throttle = ShopifySandboxThrottle.Off,
            Faults = new ShopifyFaultPlan { OnRequest = faults, TimeoutDelay = plan.TimeoutDelay, OrderRecords = records },
        });
        return new ShopifyContractSandbox(sandbox, faults);
    }
}
