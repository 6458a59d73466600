using CrossBorderHub.Hub.Tests.Contract;

namespace CrossBorderHub.Hub.Tests.Contract.Shopify;

public sealed class ShopifyContract(ContractHubs hubs) : ConnectorContract<ShopifyContractAdapter>(hubs);
