namespace CrossBorderHub.Connectors.Kit.Http;

/// <summary>
/// One (store, operation)'s share of a marketplace's rate limit, as the client estimates it. The pipeline waits in
/// <see cref="AcquireAsync"/> before each attempt and shows it every answer through <see cref="Observe"/>.
/// </summary>
public interface IRateBudget
{
    /// <summary>Waits until <paramref name="permits"/> (requests, or points for cost-based limits) are available, and takes them.</summary>
    ValueTask AcquireAsync(int permits, CancellationToken cancellationToken);

    /// <summary>Gives back permits an attempt took but the marketplace never charged (it failed before being counted).</summary>
    void Refund(int permits);

    /// <summary>Corrects the estimate from an answer's headers, where the marketplace sends its current limit.</summary>
    void Observe(HttpResponseMessage response);
}
