namespace CrossBorderHub.Hub.Tests.Consent.Fake;

public sealed class TestmartConsentContract(ConsentHubs<TestmartConsentAdapter> hubs) : ConsentContract<TestmartConsentAdapter>(hubs);
