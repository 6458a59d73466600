namespace CrossBorderHub.Hub.Tests.Contract;

/// <summary>What a marketplace supplies to run the connector contract: its sandbox, started to a plan.</summary>
public interface IConnectorContractAdapter
{
    /// <summary>Words of the marketplace's own refusal that a failed run's error must carry.</summary>
    string RefusalReason { get; }

    /// <summary>What the connector pushes; a push scenario outside it checks that the hub refuses that push instead.</summary>
    Connectors.MarketplaceCapabilities Pushes => Connectors.MarketplaceCapabilities.PushShipment | Connectors.MarketplaceCapabilities.PushInventory;

    IContractSandbox Start(ContractPlan plan);
}
