using CrossBorderHub.Hub.Tests.Infrastructure;

namespace CrossBorderHub.Hub.Tests.Onboarding;

public sealed class PostgreSqlOnboardingFixture : OnboardingHubFixture
{
    protected override DatabaseUnderTest CreateDatabase(string folder) => DatabaseUnderTest.PostgreSql();

    public override Task InitializeAsync() =>
        string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(DatabaseUnderTest.PostgresVariable))
        && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)
            ? Task.CompletedTask // every test of the class is skipped by [PostgreSqlFact]
            : base.InitializeAsync();
}
