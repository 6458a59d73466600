namespace CrossBorderHub.Hub.Consent;

/// <summary>A started consent (<see cref="ConsentUrl"/> to send the seller to), or the reasons it could not start.</summary>
internal sealed record ConsentStartResult(
    Guid? AuthorizationId,
    Uri? ConsentUrl,
    DateTimeOffset? ExpiresAt,
    IReadOnlyList<(string Field, string Message)> Errors)
{
    public bool Started => Errors.Count == 0;
}
