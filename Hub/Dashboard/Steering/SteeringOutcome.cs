namespace CrossBorderHub.Hub.Dashboard.Steering;

/// <summary>What an admin action did, in words for the page, and the run it queued if any.</summary>
public sealed record SteeringOutcome(bool Done, string Message, Guid? RunId = null)
{
    public static SteeringOutcome Refused(string message) => new(false, message);
}
