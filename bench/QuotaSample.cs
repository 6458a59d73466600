namespace CrossBorderHub.Bench;

/// <summary>
/// One page of a quota run: when it arrived (since the run began), its orders, the time its fetch waited for the
/// client's cost bucket, and the sandbox's accounting as the page arrived (points charged, requests, THROTTLED answers).
/// </summary>
internal sealed record QuotaSample(TimeSpan At, int Orders, TimeSpan BucketWait, long ChargedPoints, int Requests, int Throttled);
