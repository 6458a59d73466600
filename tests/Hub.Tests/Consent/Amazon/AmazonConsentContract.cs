namespace CrossBorderHub.Hub.Tests.Consent.Amazon;

public sealed class AmazonConsentContract(ConsentHubs<AmazonConsentAdapter> hubs) : ConsentContract<AmazonConsentAdapter>(hubs);
