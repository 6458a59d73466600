using System.Collections.Concurrent;
using CrossBorderHub.Connectors;
using CrossBorderHub.Connectors.SandboxKit;
using CrossBorderHub.Connectors.TikTokShop.Sandbox;
using CrossBorderHub.Hub.Tests.Infrastructure;

namespace CrossBorderHub.Hub.Tests.Contract.TikTokShop;

/// <summary>TikTok Shop's sandbox for the connector contract: the connector ships packages and sets stock per SKU and warehouse.</summary>
public sealed class TikTokShopContractAdapter : IConnectorContractAdapter
{
    /// <summary>The defects a bad record gets, in turn: each one the connector cannot map.</summary>
    private static readonly TikTokShopSandboxRecordFault[] Unmappable =
    [
        TikTokShopSandboxRecordFault.BadAmount,
        TikTokShopSandboxRecordFault.UnknownCurrency,
        TikTokShopSandboxRecordFault.MissingId,
    ];

    /// <summary>What the sandbox says, as TikTok's token errors do, when it refuses a token.</summary>
    public string RefusalReason => "token is invalid or expired";

    public IContractSandbox Start(ContractPlan plan)
    {
        var faults = new ConcurrentDictionary<int, SandboxFault>(plan.Faults);
        var records = plan.BadRecords.Order().Select((index, n) => (index, n)).ToDictionary(x => x.index, x => Unmappable[x.n % Unmappable.Length]);
        var sandbox = TikTokShopSandbox.Start(new TikTokShopSandboxOptions
        {
            Seed = plan.Seed,
            OrderCount = plan.Orders,
            ShopCipher = $"ROW_contract_{plan.Seed}",
            TimeProvider = Sandboxes.Clock(),
            Faults = new TikTokShopFaultPlan { OnRequest = faults, TimeoutDelay = plan.TimeoutDelay, OrderRecords = records },
        });
        return new TikTokShopContractSandbox(sandbox, faults);
    }
}
