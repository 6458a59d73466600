namespace CrossBorderHub.Hub.Consent;

/// <summary>Consent events; never a code, token, secret or the callback's query.</summary>
internal static partial class ConsentLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Consent {AuthorizationId} started for tenant {TenantId} on {Marketplace}")]
    public static partial void Started(ILogger logger, Guid authorizationId, Guid tenantId, string marketplace);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Information, Message = "Consent {AuthorizationId} on {Marketplace} connected store {StoreId} (re-authorized: {Reauthorized})")]
    public static partial void Completed(ILogger logger, Guid authorizationId, string marketplace, Guid storeId, bool reauthorized);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Warning, Message = "Consent callback on {Marketplace} refused: {Reason}")]
    public static partial void CallbackRefused(ILogger logger, string marketplace, string reason);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Warning, Message = "Consent {AuthorizationId} on {Marketplace} failed: {Reason}")]
    public static partial void Failed(ILogger logger, Guid authorizationId, string marketplace, string reason);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Warning, Message = "The {Marketplace} app in Connect:Apps is not offered for consent; check {Fields}")]
    public static partial void AppInvalid(ILogger logger, string marketplace, string fields);
}
