using System.Globalization;

namespace CrossBorderHub.Connectors.Kit.Http;

/// <summary>Header correction hooks for <see cref="TokenBucket"/>.</summary>
public static class RateHeaders
{
    /// <summary>
    /// Reads a header holding the current rate in requests per second (Amazon SP-API's x-amzn-RateLimit-Limit, e.g. "0.0167").
    /// A missing or unreadable header corrects nothing.
    /// </summary>
    public static Func<HttpResponseMessage, RateCorrection?> RatePerSecond(string headerName) => response =>
        response.Headers.TryGetValues(headerName, out var values)
        && values.FirstOrDefault() is { } text
        && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var rate)
        && rate > 0 && double.IsFinite(rate)
            ? new RateCorrection(RatePerSecond: rate)
            : null;
}
