using CrossBorderHub.Hub.Consent;
using CrossBorderHub.Hub.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CrossBorderHub.Hub.Tests.Onboarding;

/// <summary>A hub whose consent flow is <see cref="FakeConsentFlow"/>, so the onboarding pages are tested on their own.</summary>
public abstract class OnboardingHubFixture : HubFixture
{
    internal FakeConsentFlow Consent { get; } = new();

    protected override Action<IServiceCollection>? Services => services => services.Replace(ServiceDescriptor.Singleton<IConsentFlow>(Consent));
}
