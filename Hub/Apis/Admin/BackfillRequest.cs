namespace CrossBorderHub.Hub.Apis.Admin;

public sealed record BackfillRequest(string? Entity, DateTimeOffset? From);
