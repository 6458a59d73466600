using System.Collections.Concurrent;
using CrossBorderHub.Connectors.Ebay;
using CrossBorderHub.Connectors.Ebay.Sandbox;
using CrossBorderHub.Connectors.SandboxKit;

namespace CrossBorderHub.Hub.Tests.Contract.Ebay;

/// <param name="faults">The dictionary the sandbox's fault plan reads by request number; faults added here apply from then on.</param>
internal sealed class EbayContractSandbox(EbaySandbox sandbox, ConcurrentDictionary<int, SandboxFault> faults) : IContractSandbox
{
    public IReadOnlyList<string> OrderIds { get; } = [.. Enumerable.Range(0, sandbox.Options.OrderCount).Select(sandbox.Data.OrderId)];

    public int RequestCount => sandbox.RequestCount;

    public IReadOnlyList<SandboxFault> FaultsServed => [.. sandbox.Requests.Where(r => r.Fault != SandboxFault.None).Select(r => r.Fault)];

    public object StoreBody(string name) => new
    {
        marketplace = "ebay",
        name,
        settings = new Dictionary<string, string> { ["marketplaceId"] = sandbox.Options.MarketplaceId, ["environment"] = "sandbox" },
        credentials = new Dictionary<string, string>
        {
            ["clientId"] = sandbox.Options.ClientId,
            ["clientSecret"] = sandbox.Options.ClientSecret,
            ["refreshToken"] = sandbox.Options.RefreshToken,
        },
        baseUrl = sandbox.Url,
        authUrl = sandbox.Url,
    };

    public void GoDown(SandboxFault fault, int fromRequest) => sandbox.Outage.Begin(fault, fromRequest);

    public void Recover() => sandbox.Outage.End();

    public void FailRequest(int requestNumber, SandboxFault fault) => faults[requestNumber] = fault;

    public IReadOnlyList<string> ShipmentsOf(string marketplaceOrderId) => [.. sandbox.Data.ShipmentsOf(marketplaceOrderId).Select(s => s.FulfillmentId)];

    public IReadOnlyList<(int Before, int After)> StockSetsOf(string sku, string locationId) =>
        locationId == EbayConstants.ShipToLocation ? [.. sandbox.Catalog.StockSets.Where(s => s.Sku == sku).Select(s => (s.Before, s.After))] : [];

    public void RefuseCredentials() => sandbox.Authorization.Refuse();

    public void Dispose() => sandbox.Dispose();
}
