namespace CrossBorderHub.Hub.Tests.Contract.TikTokShop;

public sealed class TikTokShopContract(ContractHubs hubs) : ConnectorContract<TikTokShopContractAdapter>(hubs);
