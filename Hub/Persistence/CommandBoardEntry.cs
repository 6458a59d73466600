namespace CrossBorderHub.Persistence;

/// <summary>A push command as operators see it: its state and the payload the marketplace is sent.</summary>
public sealed record CommandBoardEntry(CommandView Command, string Payload);
