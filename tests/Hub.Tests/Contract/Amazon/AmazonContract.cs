namespace CrossBorderHub.Hub.Tests.Contract.Amazon;

public sealed class AmazonContract(ContractHubs hubs) : ConnectorContract<AmazonContractAdapter>(hubs);
