namespace CrossBorderHub.Hub.Tests.Contract.Shopee;

public sealed class ShopeeContract(ContractHubs hubs) : ConnectorContract<ShopeeContractAdapter>(hubs);
