using System.ComponentModel.DataAnnotations;
using CrossBorderHub.Connectors;

namespace CrossBorderHub.Hub.Tests.Consent.Fake;

/// <summary>A Testmart store: its shop id (the account key) and an access token.</summary>
public sealed class TestmartAccount : StoreAccountDefinition<TestmartAccount.Settings, TestmartAccount.Credentials>
{
    protected override MarketplaceHosts HostsFor(Settings settings) => new(new Uri("https://api.testmart.invalid/"));

    protected override string? AccountKeyOf(Settings settings) => settings.ShopId.ToLowerInvariant();

    public sealed record Settings
    {
        [Required]
        [RegularExpression("^[A-Za-z0-9-]{1,40}$")]
        public string ShopId { get; init; } = "";
    }

    public sealed record Credentials
    {
        [Required]
        public string AccessToken { get; init; } = "";
    }
}
