using CrossBorderHub.Connectors.SandboxKit;

namespace CrossBorderHub.Hub.Tests.Contract;

/// <summary>A marketplace's sandbox started for one scenario, seen through what the contract needs of it.</summary>
public interface IContractSandbox : IDisposable
{
    /// <summary>Marketplace ids of every order the store holds, by index.</summary>
    IReadOnlyList<string> OrderIds { get; }

    /// <summary>Authenticated requests answered so far (the numbering of <see cref="ContractPlan.Faults"/>).</summary>
    int RequestCount { get; }

    /// <summary>The faults the sandbox actually served, so a scenario knows its faults happened.</summary>
    IReadOnlyList<SandboxFault> FaultsServed { get; }

    /// <summary>The body of POST /api/v1/stores that connects this store (marketplace, name, settings, credentials, baseUrl).</summary>
    object StoreBody(string name);

    /// <summary>From request <paramref name="fromRequest"/> on, every request fails with <paramref name="fault"/> until <see cref="Recover"/>.</summary>
    void GoDown(SandboxFault fault, int fromRequest);

    void Recover();

    /// <summary>Request <paramref name="requestNumber"/> (numbered as <see cref="RequestCount"/> counts) fails once with <paramref name="fault"/>.</summary>
    void FailRequest(int requestNumber, SandboxFault fault);

    /// <summary>The marketplace's ids of the shipments the store holds for an order: what push commands created there.</summary>
    IReadOnlyList<string> ShipmentsOf(string marketplaceOrderId);

    /// <summary>Every available quantity a stock push set for a SKU at a location, in order, as (before, after).</summary>
    IReadOnlyList<(int Before, int After)> StockSetsOf(string sku, string locationId);

    /// <summary>From now on the marketplace refuses the store's credentials, as for a revoked app or an expired token.</summary>
    void RefuseCredentials();
}
