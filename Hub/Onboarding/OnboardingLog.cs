namespace CrossBorderHub.Hub.Onboarding;

/// <summary>Onboarding link events; never the token or the link's URL.</summary>
internal static partial class OnboardingLog
{
    [LoggerMessage(EventId = 4701, Level = LogLevel.Information, Message = "Onboarding link {LinkId} created for tenant {TenantId}, open until {ExpiresAt}")]
    public static partial void Created(ILogger logger, Guid linkId, Guid tenantId, DateTimeOffset expiresAt);

    [LoggerMessage(EventId = 4702, Level = LogLevel.Information, Message = "Onboarding link {LinkId} of tenant {TenantId} opened; seller session started")]
    public static partial void Opened(ILogger logger, Guid linkId, Guid tenantId);

    [LoggerMessage(EventId = 4703, Level = LogLevel.Warning, Message = "Onboarding link {LinkId} refused: {State}")]
    public static partial void Refused(ILogger logger, Guid? linkId, string state);

    [LoggerMessage(EventId = 4704, Level = LogLevel.Information, Message = "Onboarding link {LinkId} of tenant {TenantId} revoked")]
    public static partial void Revoked(ILogger logger, Guid linkId, Guid tenantId);
}
