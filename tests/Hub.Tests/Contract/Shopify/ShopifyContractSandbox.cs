using CrossBorderHub.Connectors.SandboxKit;
using CrossBorderHub.Connectors.Shopify.Sandbox;

namespace CrossBorderHub.Hub.Tests.Contract.Shopify;

internal sealed class ShopifyContractSandbox(ShopifySandbox sandbox) : IContractSandbox
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

    public void RefuseCredentials() => sandbox.Authorization.Refuse();

    public void Dispose() => sandbox.Dispose();
}
