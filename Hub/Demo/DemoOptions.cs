using System.ComponentModel.DataAnnotations;

namespace CrossBorderHub.Hub.Demo;

/// <summary>
/// Section "Demo": simulated marketplace stores in-process, so a newcomer sees orders flow with no setup.
/// On when <see cref="Enabled"/> says so, or when neither a connection string nor admin keys are configured.
/// </summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    public bool? Enabled { get; set; }

    [Range(0, 1_000_000)]
    public int InitialOrders { get; set; } = 250;

    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan NewOrderEvery { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>How often the demo store's orders, catalog and inventory are pulled.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan SyncInterval { get; set; } = TimeSpan.FromSeconds(10);

    public int Seed { get; set; } = 20261125;

    [Required]
    public string AdminKey { get; set; } = "demo-admin-key";

    [Required]
    public string ErpKey { get; set; } = "demo-erp-key";

    public static bool IsOn(IConfiguration configuration) =>
        configuration.GetSection(Section).GetValue<bool?>(nameof(Enabled))
        ?? (string.IsNullOrEmpty(configuration.GetConnectionString("Hub"))
            && !configuration.GetSection("Auth:AdminKeys").GetChildren().Any());
}
