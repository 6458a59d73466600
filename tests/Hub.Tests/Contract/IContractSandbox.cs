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

    /// <summary>From now on the marketplace refuses the store's credentials, as for a revoked app or an expired token.</summary>
    void RefuseCredentials();
}
