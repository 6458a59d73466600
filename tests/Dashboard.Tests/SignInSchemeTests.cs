using CrossBorderHub.Dashboard.Tests.Infrastructure;
using CrossBorderHub.Hub.Dashboard.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;

namespace CrossBorderHub.Dashboard.Tests;

public sealed class SignInSchemeTests
{
    [Fact]
    public async Task OpenId_Connect_is_registered_only_when_an_authority_is_configured()
    {
        using var folder = new TempFolder();
        await using var plain = new LoopbackHub(folder.Path, kestrel: false);
        await using var withAuthority = new LoopbackHub(folder.Path, new Dictionary<string, string?>
        {
            ["Dashboard:OpenIdConnect:Authority"] = "https://login.example.com/tenant",
            ["Dashboard:OpenIdConnect:ClientId"] = "hub-dashboard",
        }, kestrel: false);

        var without = await plain.Services.GetRequiredService<IAuthenticationSchemeProvider>().GetSchemeAsync(DashboardAuthDefaults.OpenIdConnectScheme);
        var with = await withAuthority.Services.GetRequiredService<IAuthenticationSchemeProvider>().GetSchemeAsync(DashboardAuthDefaults.OpenIdConnectScheme);
        var defaultScheme = await plain.Services.GetRequiredService<IAuthenticationSchemeProvider>().GetDefaultAuthenticateSchemeAsync();

        Assert.Null(without);
        Assert.NotNull(with);
        Assert.Equal(DashboardAuthDefaults.PolicyScheme, defaultScheme?.Name);
    }

    [Fact]
    public void An_authority_without_a_client_id_stops_the_start()
    {
        using var folder = new TempFolder();
        using var hub = new LoopbackHub(folder.Path, new Dictionary<string, string?> { ["Dashboard:OpenIdConnect:Authority"] = "https://login.example.com/tenant" }, kestrel: false);

        var error = Assert.ThrowsAny<Exception>(() => hub.Services);

        Assert.Contains("ClientId", error.ToString(), StringComparison.Ordinal);
    }
}
