using CrossBorderHub.Hub.Dashboard.Data;

namespace CrossBorderHub.Hub.Dashboard.Pages;

/// <summary>The runs table and where its body is re-rendered from while it is on screen.</summary>
public sealed record RunsTable(string LiveUrl, IReadOnlyList<RunRow> Runs);
