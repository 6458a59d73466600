using Microsoft.Extensions.Logging;

namespace CrossBorderHub.Connectors.Amazon;

internal static partial class AmazonLog
{
    [LoggerMessage(EventId = 6101, Level = LogLevel.Warning, Message = "Amazon refused store {StoreKey} a Restricted Data Token (HTTP {Status}: {Code}); its v0 orders sync without buyer names and street addresses until {RetryAt}.")]
    public static partial void RestrictedDataRefused(ILogger logger, string storeKey, int status, string? code, DateTimeOffset retryAt);

    [LoggerMessage(EventId = 6102, Level = LogLevel.Information, Message = "Login with Amazon refused the configured client secret for client {ClientId} ({Code}); the store's own secret is used instead.")]
    public static partial void RotatedSecretRefused(ILogger logger, string clientId, string? code);

    [LoggerMessage(EventId = 6103, Level = LogLevel.Information, Message = "Amazon selling partner {SellerId} authorized the app (MWS auth token sent: {HybridToken}); its authorization code was exchanged for a refresh token.")]
    public static partial void ConsentCodeExchanged(ILogger logger, string sellerId, bool hybridToken);
}
