using CrossBorderHub.Connectors;
using Microsoft.Extensions.DependencyInjection;

namespace CrossBorderHub.Hub.Tests.Consent.Fake;

/// <summary>The test-only marketplace for the consent contract, so that the contract runs before any real connector joins it.</summary>
public sealed class TestmartConsentAdapter : IConsentContractAdapter
{
    public string Marketplace => TestmartConnector.Key;

    public IConsentContractSandbox Start() => new TestmartSandbox();

    public void AddServices(IServiceCollection services) =>
        services.AddMarketplaceConnector<TestmartConnector>().AddMarketplaceConsent<TestmartConsent>();
}
