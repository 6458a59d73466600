using CrossBorderHub.Hub.Tests.Infrastructure;

namespace CrossBorderHub.Hub.Tests.Onboarding;

public sealed class SqliteOnboardingFixture : OnboardingHubFixture
{
    protected override DatabaseUnderTest CreateDatabase(string folder) => DatabaseUnderTest.Sqlite(folder);
}
