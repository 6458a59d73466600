using System.Collections.Concurrent;
using System.Globalization;
using CrossBorderHub.Connectors.SandboxKit;
using CrossBorderHub.Connectors.Shopee.Sandbox;

namespace CrossBorderHub.Hub.Tests.Contract.Shopee;

/// <param name="faults">The dictionary the sandbox's fault plan reads by request number; faults added here apply from then on.</param>
internal sealed class ShopeeContractSandbox(ShopeeSandbox sandbox, ConcurrentDictionary<int, SandboxFault> faults) : IContractSandbox
{
    public ShopeeSandbox Sandbox => sandbox;

    public IReadOnlyList<string> OrderIds { get; } = [.. Enumerable.Range(0, sandbox.Options.OrderCount).Select(sandbox.Data.OrderSn)];

    public int RequestCount => sandbox.RequestCount;

    public IReadOnlyList<SandboxFault> FaultsServed => [.. sandbox.Requests.Where(r => r.Fault != SandboxFault.None).Select(r => r.Fault)];

    public object StoreBody(string name) => new
    {
        marketplace = "shopee",
        name,
        settings = new Dictionary<string, string>
        {
            ["partnerId"] = sandbox.Options.PartnerId.ToString(CultureInfo.InvariantCulture),
            ["shopId"] = sandbox.Options.ShopId.ToString(CultureInfo.InvariantCulture),
            ["host"] = "sandbox",
        },
        credentials = new Dictionary<string, string>
        {
            ["partnerKey"] = sandbox.Options.PartnerKey,
            ["accessToken"] = sandbox.Options.AccessToken,
            ["refreshToken"] = sandbox.Options.RefreshToken,
        },
        baseUrl = sandbox.Url,
    };

    public void GoDown(SandboxFault fault, int fromRequest) => sandbox.Outage.Begin(fault, fromRequest);

    public void Recover() => sandbox.Outage.End();

    public void FailRequest(int requestNumber, SandboxFault fault) => faults[requestNumber] = fault;

    public IReadOnlyList<string> ShipmentsOf(string marketplaceOrderId) =>
        [.. sandbox.Data.Shipments.Where(s => s.OrderSn == marketplaceOrderId).Select(s => s.TrackingNumber)];

    public IReadOnlyList<(int Before, int After)> StockSetsOf(string sku, string locationId)
    {
        var listing = Enumerable.Range(0, sandbox.Catalog.Count)
            .SelectMany(i => ShopeeSandboxCatalog.ModelCount(i) == 0
                ? [(Sku: ShopeeSandboxCatalog.ItemSku(i), Item: ShopeeSandboxCatalog.ItemId(i), Model: 0L)]
                : Enumerable.Range(0, ShopeeSandboxCatalog.ModelCount(i)).Select(k => (Sku: ShopeeSandboxCatalog.ModelSku(i, k), Item: ShopeeSandboxCatalog.ItemId(i), Model: ShopeeSandboxCatalog.ModelId(i, k))))
            .Single(l => l.Sku == sku);
        // A shop without warehouses: its stock rows sit at "seller" and update_stock sends no location_id.
        var location = locationId == "seller" ? null : locationId;
        return [.. sandbox.Catalog.StockSets.Where(s => s.ItemId == listing.Item && s.ModelId == listing.Model && s.LocationId == location).Select(s => (s.Before, s.After))];
    }

    public void RefuseCredentials() => sandbox.Authorization.Refuse();

    public void Dispose() => sandbox.Dispose();
}
