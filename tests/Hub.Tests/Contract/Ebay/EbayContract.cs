namespace CrossBorderHub.Hub.Tests.Contract.Ebay;

public sealed class EbayContract(ContractHubs hubs) : ConnectorContract<EbayContractAdapter>(hubs);
