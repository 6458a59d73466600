namespace CrossBorderHub.Mapping.Rules;

/// <summary>Every time the hub stores is UTC; marketplaces send offsets, "Z" or unix seconds.</summary>
public static class UtcTime
{
    public static DateTimeOffset Normalize(DateTimeOffset value) => value.ToUniversalTime();

    public static DateTimeOffset FromUnixSeconds(long seconds) => DateTimeOffset.FromUnixTimeSeconds(seconds);
}
