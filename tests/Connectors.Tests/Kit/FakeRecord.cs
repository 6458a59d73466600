namespace CrossBorderHub.Connectors.Tests.Kit;

/// <summary>A raw record as a fake marketplace sends it.</summary>
internal sealed record FakeRecord(string Id, DateTimeOffset? UpdatedAt, int Rows = 1, bool Broken = false);
