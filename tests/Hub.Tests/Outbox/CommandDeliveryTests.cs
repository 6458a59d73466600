using CrossBorderHub.Connectors;
using CrossBorderHub.Hub.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CrossBorderHub.Hub.Tests.Outbox;

public sealed class CommandDeliveryTests
{
    [Fact]
    public async Task A_push_cancelled_by_something_other_than_the_hub_stopping_is_retried_not_left_sending()
    {
        using var folder = new TempFolder();
        await using var factory = new HubFactory(
            DatabaseUnderTest.Sqlite(folder.Path),
            folder.Path,
            services: s => s.AddSingleton<IConnectorRegistry>(sp => new CancelledOnceRegistry(sp.GetServices<IMarketplaceConnector>())));
        var admin = factory.CreateClient(HubFactory.AdminKey);
        using var sandbox = Sandboxes.Shopify(orders: 10, seed: 49);
        var storeId = await admin.ConnectSandboxStoreAsync(sandbox, "Cancelled push store");
        await admin.SyncAsync(storeId, "orders");
        var (orders, _) = await admin.ReadFeedAsync("orders", storeId);
        var order = orders.First(o => o.GetProperty("status").GetString() is "ReadyToShip" or "Pending");

        var response = await admin.PostShipmentAsync(order.GetProperty("id").GetGuid(), CommandClientExtensions.FullShipment(order, "CANCELLED-1"));
        var command = await admin.WaitForCommandAsync(await response.CommandIdAsync());

        Assert.True(command.GetProperty("status").GetString() == "Confirmed", command.ToString());
        Assert.Equal(2, command.GetProperty("attempts").GetInt32());
        Assert.Single(sandbox.Data.Ledger.Fulfillments);
    }
}
