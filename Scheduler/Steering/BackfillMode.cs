namespace CrossBorderHub.Scheduler.Steering;

public enum BackfillMode
{
    /// <summary>The stored checkpoint is an updated-since watermark or a time window: the run starts at the date.</summary>
    FromDate = 0,

    /// <summary>No checkpoint yet, or one of another shape (a bulk export's): the run starts as a first sync does.</summary>
    Full = 1,
}
