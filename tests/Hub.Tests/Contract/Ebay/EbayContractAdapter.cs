using System.Collections.Concurrent;
using CrossBorderHub.Connectors.Ebay.Sandbox;
using CrossBorderHub.Connectors.SandboxKit;

namespace CrossBorderHub.Hub.Tests.Contract.Ebay;

/// <summary>
/// eBay's sandbox for the connector contract. Its clock is the hub's (orders a minute apart up to now), because the
/// connector reads bounded lastmodifieddate windows up to the present. Stock is the Inventory API's ship-to-home
/// quantity per SKU, set with bulkUpdatePriceQuantity.
/// </summary>
public sealed class EbayContractAdapter : IConnectorContractAdapter
{
    private static readonly EbaySandboxRecordFault[] Unmappable =
    [
        EbaySandboxRecordFault.BadAmount,
        EbaySandboxRecordFault.UnknownCurrency,
        EbaySandboxRecordFault.MissingOrderId,
        EbaySandboxRecordFault.UnknownCountry,
    ];

    /// <summary>What eBay's token endpoint says when a seller's refresh token was revoked.</summary>
    public string RefusalReason => "the provided authorization refresh token is invalid";

    public IContractSandbox Start(ContractPlan plan)
    {
        var faults = new ConcurrentDictionary<int, SandboxFault>(plan.Faults);
        var records = plan.BadRecords.Order().Select((index, n) => (index, n)).ToDictionary(x => x.index, x => Unmappable[x.n % Unmappable.Length]);
        var sandbox = EbaySandbox.Start(new EbaySandboxOptions
        {
            Seed = plan.Seed,
            OrderCount = plan.Orders,
            MarketplaceId = "EBAY_DE",
            OrdersStartAt = TimeProvider.System.GetUtcNow().AddMinutes(-plan.Orders - 5),
            OrderInterval = TimeSpan.FromMinutes(1),
            RateLimit = SandboxRateLimit.Off,
            Faults = new EbayFaultPlan { OnRequest = faults, TimeoutDelay = plan.TimeoutDelay, OrderRecords = records },
        });
        return new EbayContractSandbox(sandbox, faults);
    }
}
