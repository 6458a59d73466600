using Microsoft.Playwright;

namespace CrossBorderHub.Dashboard.Tests.Infrastructure;

/// <summary>
/// Debian's Chromium driven by Playwright (never a browser Playwright downloads). CBH_CHROMIUM names another binary;
/// a missing one fails the tests with how to install it, rather than skipping them.
/// </summary>
public static class Chromium
{
    public const string PathVariable = "CBH_CHROMIUM";

    private static readonly string[] Arguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        ArgumentNullException.ThrowIfNull(playwright);
        var path = Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } custom ? custom : "/usr/bin/chromium";
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"No Chromium at {path}: install it (`apt-get install -y chromium`) or set {PathVariable}.");
        }

        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = path, Headless = true, Args = Arguments });
    }
}
