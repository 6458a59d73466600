using System.Collections.Concurrent;
using CrossBorderHub.Connectors.SandboxKit;
using CrossBorderHub.Connectors.TikTokShop.Sandbox;

namespace CrossBorderHub.Hub.Tests.Contract.TikTokShop;

/// <param name="faults">The dictionary the sandbox's fault plan reads by request number; faults added here apply from then on.</param>
internal sealed class TikTokShopContractSandbox(TikTokShopSandbox sandbox, ConcurrentDictionary<int, SandboxFault> faults) : IContractSandbox
{
    public IReadOnlyList<string> OrderIds { get; } = [.. Enumerable.Range(0, sandbox.Options.OrderCount).Select(TikTokShopSandboxData.OrderId)];

    public int RequestCount => sandbox.RequestCount;

    public IReadOnlyList<SandboxFault> FaultsServed => [.. sandbox.Requests.Where(r => r.Fault != SandboxFault.None).Select(r => r.Fault)];

    public object StoreBody(string name) => new
    {
        marketplace = "tiktokshop",
        name,
        settings = sandbox.Settings(),
        credentials = sandbox.Credentials(),
        baseUrl = sandbox.Url,
        authUrl = sandbox.Url,
    };

    public void GoDown(SandboxFault fault, int fromRequest) => sandbox.Outage.Begin(fault, fromRequest);

    public void Recover() => sandbox.Outage.End();

    public void FailRequest(int requestNumber, SandboxFault fault) => faults[requestNumber] = fault;

    public IReadOnlyList<string> ShipmentsOf(string marketplaceOrderId) =>
        [.. sandbox.Data.Shipments.Where(s => s.OrderId == marketplaceOrderId).Select(s => s.PackageId)];

    public IReadOnlyList<(int Before, int After)> StockSetsOf(string sku, string locationId) =>
        [.. sandbox.Catalog.StockSets.Where(s => s.SellerSku == sku && s.WarehouseId == locationId).Select(s => (s.Before, s.After))];

    public void RefuseCredentials() => sandbox.Authorization.Refuse();

    public void Dispose() => sandbox.Dispose();
}
