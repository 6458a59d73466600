namespace CrossBorderHub.Hub.Tests.Contract;

/// <summary>What a marketplace supplies to run the connector contract: its sandbox, started to a plan.</summary>
public interface IConnectorContractAdapter
{
    /// <summary>Words of the marketplace's own refusal that a failed run's error must carry.</summary>
    string RefusalReason { get; }

    IContractSandbox Start(ContractPlan plan);

    /// <summary>False for a connector without stock push: the stock scenario then checks the hub refuses stock updates for its stores.</summary>
    bool SetsStock => true;
}
