namespace CrossBorderHub.Hub.Infrastructure.KeyRing;

/// <summary>Says at start-up how the key ring is protected, and warns when it is not.</summary>
internal sealed class KeyRingProtectionReport(KeyRingProtection protection, string where, ILogger<KeyRingProtectionReport> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (protection == KeyRingProtection.None)
        {
            HubLog.KeyRingUnprotected(logger, where);
        }
        else
        {
            HubLog.KeyRingProtected(logger, protection.ToString(), where);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
