using System.ComponentModel.DataAnnotations;

namespace CrossBorderHub.Hub.Tenancy;

/// <summary>Section "Tenancy": how tenant ERP keys are looked up.</summary>
public sealed class TenancyOptions
{
    public const string Section = "Tenancy";

    /// <summary>How long a key's lookup is reused; a key revoked in another process stops working within this time.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan KeyCacheDuration { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>At most this many keys' lookups are held (unknown keys included); beyond it lookups go to the database.</summary>
    [Range(1, 1_000_000)]
    public int KeyCacheEntries { get; set; } = 10_000;
}
