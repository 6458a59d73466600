using System.Collections.Concurrent;
using CrossBorderHub.Connectors.SandboxKit;
using CrossBorderHub.Connectors.Shopify.Sandbox;

namespace CrossBorderHub.Hub.Tests.Contract.Shopify;

/// <param name="faults">The dictionary the sandbox's fault plan reads by request number; faults added here apply from then on.</param>
internal sealed class ShopifyContractSandbox(ShopifySandbox sandbox, ConcurrentDictionary<int, SandboxFault> faults) : IContractSandbox
{
    public IReadOnlyList<string> OrderIds { get; } = [.. Enumerable.Range(0, sandbox.Options.OrderCount).Select(ShopifySandboxData.OrderId)];

    public int RequestCount => sandbox.RequestCount;

    public IReadOnlyList<SandboxFault> FaultsServed => [.. sandbox.Requests.Where(r => r.Fault != SandboxFault.None).Select(r => r.Fault)];

    public object StoreBody(string name) => new
    {
        marketplace = "shopify",
        name,
        settings = new Dictionary<string, string> { ["shopDomain"] = sandbox.Options.ShopDomain },
        credentials = new Dictionary<string, string> { ["accessToken"] = sandbox.Options.AccessToken },
        baseUrl = sandbox.Url,
    };

    public void GoDown(SandboxFault fault, int fromRequest) => sandbox.Outage.Begin(fault, fromRequest);

    public void Recover() => sandbox.Outage.End();

    public void FailRequest(int requestNumber, SandboxFault fault) => faults[requestNumber] = fault;

    public IReadOnlyList<string> ShipmentsOf(string marketplaceOrderId) =>
        [.. sandbox.Data.Ledger.Fulfillments.Where(f => f.OrderId == marketplaceOrderId).Select(f => f.Id)];

    public IReadOnlyList<(int Before, int After)> StockSetsOf(string sku, string locationId)
    {
        var item = sandbox.Data.Skus().Select((s, index) => (s, index)).Where(x => x.s == sku).Select(x => x.index).DefaultIfEmpty(-1).First();
        Assert.True(item >= 0, $"The sandbox has no SKU {sku}.");
        var itemId = ShopifySandboxData.InventoryItemId(item);
        return [.. sandbox.Data.Ledger.StockSets.Where(s => s.InventoryItemId == itemId && s.LocationId == locationId).Select(s => (s.Before, s.After))];
    }

    public void RefuseCredentials() => sandbox.Authorization.Refuse();

    public void Dispose() => sandbox.Dispose();
}
