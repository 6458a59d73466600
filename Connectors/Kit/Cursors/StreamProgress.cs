namespace CrossBorderHub.Connectors.Kit.Cursors;

/// <summary>How far a stream pull got: records read, the newest updated-at among them, and whether the stream ended.</summary>
public sealed record StreamProgress(long Position, DateTimeOffset? Newest, bool Done);
