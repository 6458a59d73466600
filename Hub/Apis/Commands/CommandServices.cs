using CrossBorderHub.Connectors;
using CrossBorderHub.Persistence;
using CrossBorderHub.Scheduler;

namespace CrossBorderHub.Hub.Apis.Commands;

/// <summary>The services the push endpoints use, bound with [AsParameters].</summary>
internal sealed record CommandServices(
    IChangeFeed Orders,
    IStoreAccountRepository Stores,
    IConnectorRegistry Connectors,
    ICommandStore Commands,
    ICommandDelivery Delivery,
    TimeProvider Time);
