namespace CrossBorderHub.Connectors.Kit.Http;

/// <summary>
/// What an answer says about the limit: any of the bucket's size, the permits left and the restore rate per second.
/// A null field leaves the estimate as it was.
/// </summary>
public sealed record RateCorrection(double? Capacity = null, double? Available = null, double? RatePerSecond = null);
